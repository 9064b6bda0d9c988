package dev.switchboard.internal.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Json#parser} and {@link Json#generator} build jackson's parser and generator themselves;
 * what they read and write must be what the factory's would, byte for byte and token for token.
 */
class JsonStreamsTest {
  private static final String[] DOCUMENTS = {
    "{\"a\":1,\"b\":[true,false,null],\"c\":{\"d\":\"e\"}}",
    "  [1, -2, 3.25, 1e300, -0.0, 12345678901234567890123, 0.1000000000000000055511151231257827]  ",
    "\"caf\u00e9 \\u00e9 \\ud83d\\ude00 \ud83d\ude00 \\n\\t\\\"\\\\\"",
    "{\"\u00e9t\u00e9\":{\"\u65e5\u672c\":[{},[],\"\"]}}",
    "0",
    "null",
    "{\"repeated\":1,\"repeated\":2}",
  };

  @Test
  void settingsAreTheFactorys() {
    assertEquals(Json.factory().getParserFeatures(), Json.parserFeatures());
    assertEquals(Json.factory().getGeneratorFeatures(), Json.generatorFeatures());
    assertEquals(Json.factory().getFactoryFeatures(), Json.factoryFeatures());
  }

  @Test
  void limitsAreThoseInForceWhenTheRuntimeStarted() throws IOException {
    byte[] deep = "[[[[[[[[1]]]]]]]]".getBytes(StandardCharsets.UTF_8);
    Json.parser(deep).close(); // the runtime has started
    StreamReadConstraints.overrideDefaultStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(5).build());
    try {
      // As a factory built at start keeps its limits, so do the runtime's parsers, whichever way made.
      assertEquals(18, tokens(Json.parser(deep)).size());
      assertEquals(18, tokens(Json.factory().createParser(deep)).size());
    } finally {
      StreamReadConstraints.overrideDefaultStreamReadConstraints(null);
    }
  }

  @Test
  void parsersReadAsTheFactorysDo() throws IOException {
    for (String document : DOCUMENTS) {
      byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
      try (JsonParser direct = Json.parser(bytes); JsonParser factory = Json.factory().createParser(bytes)) {
        assertTrue(direct instanceof UTF8StreamJsonParser, direct.getClass().getName());
        assertEquals(tokens(factory), tokens(direct), document);
      }
    }
    assertTrue(Json.direct(), "this jackson-core has the constructors, so nothing fell back");
  }

  @Test
  void malformedInputFailsWhereTheFactorysParserFails() throws IOException {
    for (String document : new String[] {"{\"a\":", "[1,]", "{\"a\" 1}", "\"\\x\"", "[1] [2"}) {
      byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
      String fromFactory = failure(Json.factory().createParser(bytes));
      String direct = failure(Json.parser(bytes));
      assertEquals(fromFactory, direct, document);
    }
  }

  @Test
  void aByteOrderMarkOrUtf16GoesThroughTheFactory() throws IOException {
    byte[] bom = "\ufeff{\"a\":\"\u00e9\"}".getBytes(StandardCharsets.UTF_8);
    byte[] utf16 = "{\"a\":\"\u00e9\"}".getBytes(StandardCharsets.UTF_16LE);
    byte[] utf16be = "[\"x\"]".getBytes(StandardCharsets.UTF_16BE);
    for (byte[] bytes : List.of(bom, utf16, utf16be)) {
      try (JsonParser parser = Json.parser(bytes); JsonParser factory = Json.factory().createParser(bytes)) {
        List<String> tokens = tokens(parser);
        assertEquals(tokens(factory), tokens);
        assertTrue(tokens.contains("VALUE_STRING:\u00e9") || tokens.contains("VALUE_STRING:x"), tokens.toString());
      }
    }
  }

  @Test
  void generatorsWriteWhatTheFactorysWrite() throws IOException {
    ByteArrayOutputStream direct = new ByteArrayOutputStream();
    ByteArrayOutputStream factory = new ByteArrayOutputStream();
    try (JsonGenerator g = Json.generator(direct)) {
      assertTrue(g instanceof UTF8JsonGenerator, g.getClass().getName());
      write(g);
    }
    try (JsonGenerator g = Json.factory().createGenerator(factory)) {
      write(g);
    }
    assertArrayEquals(factory.toByteArray(), direct.toByteArray(), direct.toString(StandardCharsets.UTF_8));
    // Characters outside the Basic Multilingual Plane are UTF-8, not escaped surrogate pairs.
    assertTrue(direct.toString(StandardCharsets.UTF_8).contains("\ud83d\ude00"), direct.toString(StandardCharsets.UTF_8));
  }

  @Test
  void closingAGeneratorFlushesButLeavesTheStreamOpen() throws IOException {
    boolean[] closed = {false};
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OutputStream out = new OutputStream() {
      @Override
      public void write(int b) {
        bytes.write(b);
      }

      @Override
      public void close() {
        closed[0] = true;
      }
    };
    try (JsonGenerator g = Json.generator(out)) {
      g.writeString("x");
    }
    assertEquals("\"x\"", bytes.toString(StandardCharsets.UTF_8));
    assertTrue(!closed[0], "the caller's stream was closed");
  }

  @Test
  void eachParserOfAThreadGetsBuffersOfItsOwnWhileAnotherIsOpen() throws IOException {
    // Two parsers open at once on one thread (a codec that reads a document nested in a string does
    // this) share the thread's recycler; each must still read its own document.
    try (JsonParser outer = Json.parser("[\"outer\",1]".getBytes(StandardCharsets.UTF_8))) {
      assertEquals(JsonToken.START_ARRAY, outer.nextToken());
      try (JsonParser inner = Json.parser("{\"inner\":[2,3]}".getBytes(StandardCharsets.UTF_8))) {
        assertEquals(List.of("START_OBJECT", "FIELD_NAME:inner", "START_ARRAY", "VALUE_NUMBER_INT:2", "INT:2",
            "VALUE_NUMBER_INT:3", "INT:3", "END_ARRAY", "END_OBJECT"), tokens(inner));
      }
      assertEquals(JsonToken.VALUE_STRING, outer.nextToken());
      assertEquals("outer", outer.getText());
    }
  }

  @Test
  void readEventStillSaysWhereMalformedJsonBroke() {
    EventBindingException e = assertThrows(EventBindingException.class,
        () -> Json.readEvent(Codecs.OBJECT, "{\n  \"a\": tru\n}".getBytes(StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().startsWith("Malformed event JSON at line 2, column"), e.getMessage());
    assertTrue(e.getCause() instanceof JsonParseException, String.valueOf(e.getCause()));
  }

  private static void write(JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("text", "caf\u00e9 \ud83d\ude00 \n\t\"\\ \u2028 \u0001");
    g.writeNumberField("int", 42);
    g.writeNumberField("long", Long.MIN_VALUE);
    g.writeNumberField("double", 0.1);
    g.writeNumberField("float", 1.5f);
    g.writeFieldName("big");
    g.writeNumber(new BigDecimal("1e400"));
    g.writeFieldName("huge");
    g.writeNumber(new BigInteger("123456789012345678901234567890"));
    g.writeArrayFieldStart("list");
    g.writeBoolean(true);
    g.writeNull();
    g.writeBinary(new byte[] {1, 2, 3, (byte) 0xFF});
    g.writeEndArray();
    g.writeEndObject();
  }

  private static List<String> tokens(JsonParser parser) throws IOException {
    List<String> tokens = new ArrayList<>();
    for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
      tokens.add(token.isScalarValue() || token == JsonToken.FIELD_NAME ? token + ":" + parser.getText() : token.toString());
      if (token.isNumeric()) {
        tokens.add(parser.getNumberType() + ":" + parser.getNumberValue());
      }
    }
    return tokens;
  }

  private static String failure(JsonParser parser) throws IOException {
    try (parser) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        // read on
      }
      return "no failure";
    } catch (JsonParseException e) {
      return e.getMessage();
    }
  }
}
