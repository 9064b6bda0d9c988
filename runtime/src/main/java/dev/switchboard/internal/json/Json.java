package dev.switchboard.internal.json;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.TSFBuilder;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.core.sym.ByteQuadsCanonicalizer;
import com.fasterxml.jackson.core.util.BufferRecycler;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.ref.SoftReference;
import java.util.regex.Pattern;

/**
 * The streaming JSON layer: event reading and result writing, and the parsers and generators the
 * runtime uses elsewhere.
 *
 * <p>Parsers of byte arrays and generators to streams are built directly from jackson-core's public
 * constructors, with the settings a {@link JsonFactory} would give them ({@link #factory()}'s), instead
 * of through a factory: its first parser costs a cold start about fifteen classes that an invocation
 * never uses (the bootstrapper that detects UTF-16 and UTF-32, the symbol table of character-based
 * parsers, the recycler pool). The factory class itself is still initialized, by jackson's generator,
 * which reads one of its constants.
 *
 * <p>Those constructors are public but not jackson's API: with a jackson-core whose constructors
 * differ (the runtime needs 2.17 or later), every parser and generator comes from the factory, as does
 * the parser of any input that does not start as UTF-8 does (a byte-order mark, UTF-16 or UTF-32). The
 * contexts built here carry no {@code JsonEncoding}: only the factory's encoding detection reads it.
 */
public final class Json {
  /** The settings of every parser of this class, as the factory's defaults. */
  private static final int PARSER_FEATURES = JsonParser.Feature.collectDefaults();
  /** The factory's defaults, which decide how field names are canonicalized. */
  private static final int FACTORY_FEATURES = JsonFactory.Feature.collectDefaults();
  /**
   * The settings of every generator: they leave the caller's stream open (closing them flushes it), and
   * write characters outside the Basic Multilingual Plane, such as emoji, as UTF-8 rather than as
   * escapes of their surrogate pairs (with jackson-core 2.18 and later; before, as escapes, which read
   * back the same).
   */
  @SuppressWarnings("deprecation") // the JsonGenerator.Feature twin of StreamWriteFeature
  private static final int GENERATOR_FEATURES = JsonGenerator.Feature.collectDefaults()
      & ~JsonGenerator.Feature.AUTO_CLOSE_TARGET.getMask()
      | combinedSurrogates();
  /**
   * jackson's default limits and error-report settings, taken once, as a factory takes them when it is
   * built: a handler that overrides the defaults later changes neither these parsers nor the factory's.
   */
  private static final StreamReadConstraints READ_CONSTRAINTS = StreamReadConstraints.defaults();
  private static final StreamWriteConstraints WRITE_CONSTRAINTS = StreamWriteConstraints.defaults();
  private static final ErrorReportConfiguration ERROR_REPORTS = ErrorReportConfiguration.defaults();
  /** The field names of every parser, shared as a factory shares them. */
  private static final ByteQuadsCanonicalizer FIELD_NAMES = ByteQuadsCanonicalizer.createRoot();
  /** Each thread's buffers, softly held, as jackson's default recycler pool holds them. */
  private static final ThreadLocal<SoftReference<BufferRecycler>> RECYCLERS = new ThreadLocal<>();
  /** Cleared for good when this jackson-core lacks a constructor that {@link #parser} or {@link #generator} calls. */
  private static volatile boolean direct = true;

  private static final byte[] NULL = {'n', 'u', 'l', 'l'};

  private Json() {}

  /**
   * The factory of the parsers and generators this class does not build itself (over characters, for
   * instance), configured as those it builds.
   */
  public static JsonFactory factory() {
    return Factory.INSTANCE;
  }

  /** A parser of a whole JSON document. */
  public static JsonParser parser(byte[] json) throws IOException {
    if (direct && startsAsUtf8(json)) {
      try {
        IOContext context = new IOContext(READ_CONSTRAINTS, WRITE_CONSTRAINTS, ERROR_REPORTS, recycler(),
            ContentReference.construct(true, json, ERROR_REPORTS), true);
        return new UTF8StreamJsonParser(context, PARSER_FEATURES, null, null, FIELD_NAMES.makeChild(FACTORY_FEATURES),
            json, 0, json.length, 0, false);
      } catch (LinkageError e) {
        direct = false;
      }
    }
    return Factory.INSTANCE.createParser(json);
  }

  /** A generator of UTF-8 JSON to {@code out}, which closing the generator flushes but leaves open. */
  public static JsonGenerator generator(OutputStream out) throws IOException {
    if (direct) {
      try {
        IOContext context = new IOContext(READ_CONSTRAINTS, WRITE_CONSTRAINTS, ERROR_REPORTS, recycler(),
            ContentReference.construct(true, out, ERROR_REPORTS), false);
        return new UTF8JsonGenerator(context, GENERATOR_FEATURES, null, out, '"');
      } catch (LinkageError e) {
        direct = false;
      }
    }
    return Factory.INSTANCE.createGenerator(out);
  }

  /**
   * Whether a factory would read {@code json} as UTF-8 from its first byte: no byte-order mark, and no
   * zero byte among the first four, which is how jackson tells UTF-16 and UTF-32 apart.
   */
  private static boolean startsAsUtf8(byte[] json) {
    if (json.length > 0 && (json[0] == (byte) 0xEF || json[0] == (byte) 0xFE || json[0] == (byte) 0xFF)) {
      return false;
    }
    for (int i = 0; i < json.length && i < 4; i++) {
      if (json[i] == 0) {
        return false;
      }
    }
    return true;
  }

  private static BufferRecycler recycler() {
    SoftReference<BufferRecycler> held = RECYCLERS.get();
    BufferRecycler recycler = held == null ? null : held.get();
    if (recycler == null) {
      recycler = new BufferRecycler();
      RECYCLERS.set(new SoftReference<>(recycler));
    }
    return recycler;
  }

  /** The factory, built on first use. */
  private static final class Factory {
    static final JsonFactory INSTANCE = build();

    private static JsonFactory build() {
      TSFBuilder<?, ?> builder = JsonFactory.builder()
          .streamReadConstraints(READ_CONSTRAINTS)
          .streamWriteConstraints(WRITE_CONSTRAINTS)
          .errorReportConfiguration(ERROR_REPORTS)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET);
      for (JsonWriteFeature feature : JsonWriteFeature.values()) {
        if (feature.name().equals(COMBINE_SURROGATES)) {
          builder.enable(feature);
        }
      }
      return builder.build();
    }
  }

  /** The feature that writes a surrogate pair as one UTF-8 character: jackson-core 2.18 and later have it. */
  private static final String COMBINE_SURROGATES = "COMBINE_UNICODE_SURROGATES_IN_UTF8";

  /**
   * The mask of {@link #COMBINE_SURROGATES}, or 0 for a jackson-core without it (a build whose
   * dependency management pins jackson 2.16 or 2.17, as Spring Boot 3.2 and 3.3 do). Found by name
   * among the constants, not named in code: naming it would fail the runtime at start on those.
   */
  @SuppressWarnings("deprecation")
  private static int combinedSurrogates() {
    for (JsonGenerator.Feature feature : JsonGenerator.Feature.values()) {
      if (feature.name().equals(COMBINE_SURROGATES)) {
        return feature.getMask();
      }
    }
    return 0;
  }

  /** Whether {@link #parser} and {@link #generator} build their own (for tests: false after a fallback). */
  static boolean direct() {
    return direct;
  }

  /** The settings {@link #generator} gives its generators (for tests, against the factory's). */
  static int generatorFeatures() {
    return GENERATOR_FEATURES;
  }

  /** The settings {@link #parser} gives its parsers (for tests, against the factory's). */
  static int parserFeatures() {
    return PARSER_FEATURES;
  }

  /** The factory settings {@link #parser} canonicalizes field names with (for tests). */
  static int factoryFeatures() {
    return FACTORY_FEATURES;
  }

  /**
   * Reads a whole event with the codec. An empty or blank event reads as JSON {@code null}. Content
   * after the first value is an error.
   *
   * @throws EventBindingException when the JSON is malformed or does not fit the codec's type
   */
  public static <T> T readEvent(Codec<T> codec, byte[] event) {
    byte[] json = isBlank(event) ? NULL : event;
    try (JsonParser parser = parser(json)) {
      parser.nextToken();
      T value = codec.read(parser);
      JsonToken extra = parser.nextToken();
      if (extra != null) {
        throw new EventBindingException(
            "Malformed event JSON" + at(parser.currentTokenLocation()) + ": found " + JsonPaths.describe(extra)
                + " after the end of the JSON value; an event is a single JSON value",
            null);
      }
      return value;
    } catch (EventBindingException e) {
      throw e;
    } catch (JsonMismatchException e) {
      throw new EventBindingException(
          "Event does not fit " + codec.typeName() + ": " + e.getMessage(), e);
    } catch (JsonParseException e) {
      throw malformed(e);
    } catch (JsonProcessingException e) {
      if (e.getClass().getName().startsWith("com.fasterxml.jackson.databind.")) {
        // Databind wraps the parser's own errors with the path where they happened: broken JSON is
        // still broken JSON, and says where it broke.
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
          if (cause instanceof JsonParseException) {
            throw malformed((JsonParseException) cause);
          }
        }
        throw new EventBindingException(
            "Event does not fit " + codec.typeName() + ": " + plain(DatabindSupport.describe(e)), e);
      }
      throw new EventBindingException("Malformed event JSON" + at(e.getLocation()) + ": " + plain(e.getOriginalMessage()), e);
    } catch (IOException | RuntimeException e) {
      throw new EventBindingException(
          "Event does not fit " + codec.typeName() + ": " + e.getMessage(), e);
    }
  }

  private static EventBindingException malformed(JsonParseException e) {
    return new EventBindingException(
        "Malformed event JSON" + at(e.getLocation()) + ": " + plain(e.getOriginalMessage()), e);
  }

  private static String at(JsonLocation location) {
    return location == null || location.getLineNr() < 0
        ? ""
        : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  /** A jackson message with its {@code [Source: ...; line: L, column: C]} said plainly. */
  private static String plain(String message) {
    return message == null ? null : Messages.SOURCE.matcher(message).replaceAll("line $1, column $2");
  }

  /**
   * Compiled on the first malformed event, not when {@code Json} is first used: a regular expression
   * costs a cold start its compilation and a dozen classes.
   */
  private static final class Messages {
    /** The location jackson appends to its messages; the runtime says line and column itself. */
    static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");
  }

  /**
   * Writes a result with the codec to {@code out}.
   *
   * @throws ResultSerializationException when the value cannot be written as JSON
   */
  public static <T> void writeResult(Codec<T> codec, T value, OutputStream out, String handler) {
    try (JsonGenerator generator = generator(out)) {
      codec.write(generator, value);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      String type = value == null ? codec.typeName() : value.getClass().getName();
      throw ResultSerializationException.of(
          "Handler '" + handler + "' returned a " + type + " that cannot be serialized to JSON: " + reason(e), e);
    }
  }

  /** Why a value could not be written, in one line: databind's reference chain can be thousands of lines. */
  private static String reason(Throwable e) {
    if (e instanceof StackOverflowError) {
      return "it nests too deeply (does it contain itself?)";
    }
    String reason;
    if (e instanceof JsonProcessingException && e.getClass().getName().startsWith("com.fasterxml.jackson.databind.")) {
      reason = DatabindSupport.describe((JsonProcessingException) e);
    } else if (e instanceof JsonProcessingException) {
      reason = ((JsonProcessingException) e).getOriginalMessage();
    } else {
      reason = e.getMessage();
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof StreamConstraintsException) {
        // The only limit on writing is the nesting depth: a value this deep almost always holds itself.
        return reason + " (does it contain itself?)";
      }
    }
    return reason;
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }
}
