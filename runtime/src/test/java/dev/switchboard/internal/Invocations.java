package dev.switchboard.internal;

import dev.switchboard.internal.json.Codec;
import dev.switchboard.internal.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * What the tests share: handler entries written by hand the way generated tables write them, a
 * Context whose log the test can read, and an independent JSON parser to check output with.
 */
final class Invocations {
  /** Parses test output; independent of the codecs under test. */
  static final ObjectMapper CHECKER = new ObjectMapper();

  private Invocations() {}

  /** The body of a hand-written entry: what the generated {@code handle} override would call. */
  @FunctionalInterface
  interface Body<E, R> {
    R apply(E event, Context context) throws Throwable;
  }

  /**
   * Calls the {@link Body} an entry holds as its target, where a generated table's {@code call} calls
   * the handler method.
   */
  static final HandlerTable BODIES = new HandlerTable() {
    @Override
    public String[] names() {
      return new String[0];
    }

    @Override
    public Handler create(String name) {
      return null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object call(int handler, Object target, Object event, Context context) throws Throwable {
      return ((Body<Object, Object>) target).apply(event, context);
    }
  };

  /** An entry as a generated table creates it: an {@link ObjectHandler} with fixed codecs. */
  static <E, R> ObjectHandler entry(String name, Codec<E> event, Codec<R> result, Body<E, R> body) {
    return new ObjectHandler(name, BODIES, 0, body, event, result);
  }

  /** A handler that returns its event as it was bound. */
  static <T> ObjectHandler echo(Codec<T> codec) {
    return entry("rt-echo", codec, codec, (event, context) -> event);
  }

  /** Invokes a handler with a UTF-8 event and returns the response bytes. */
  static byte[] invokeBytes(Handler handler, String event) throws Throwable {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.invoke(event.getBytes(StandardCharsets.UTF_8), context(new ByteArrayOutputStream()), out);
    return out.toByteArray();
  }

  /** Invokes a handler with a UTF-8 event and returns the response as text. */
  static String invoke(Handler handler, String event) throws Throwable {
    return new String(invokeBytes(handler, event), StandardCharsets.UTF_8);
  }

  /** Binds an event with a codec, as {@link ObjectHandler} does before calling the method. */
  static <T> T read(Codec<T> codec, String json) {
    return Json.readEvent(codec, json.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes a result with a codec, as {@link ObjectHandler} does after the method returns. */
  static <T> String write(Codec<T> codec, T value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Json.writeResult(codec, value, out, "rt-test");
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }

  /** A local context whose logger writes to {@code log}. */
  static InvocationContext context(ByteArrayOutputStream log) {
    return new InvocationContext(
        UUID.randomUUID().toString(),
        new FunctionInfo("rt-function", "$LATEST", 128, "/aws/lambda/rt-function", "local"),
        "arn:aws:lambda:local:000000000000:function:rt-function",
        System.currentTimeMillis() + 3000,
        null,
        null,
        null,
        new PrintStreamLogger(new PrintStream(log, true, StandardCharsets.UTF_8)));
  }

  /** Parses JSON with the independent checker. */
  static JsonNode tree(String json) {
    try {
      return CHECKER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses JSON bytes with the independent checker. */
  static JsonNode tree(byte[] json) {
    try {
      return CHECKER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
