package dev.switchboard.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The warnings of invoke and serve for event properties a type ignores, on both binding paths. */
class IgnoredPropertiesTest {
  private final List<String> warnings = new ArrayList<>();

  @BeforeEach
  void enable() {
    IgnoredProperties.enable();
    IgnoredProperties.begin(warnings::add);
  }

  @AfterEach
  void disable() {
    IgnoredProperties.end();
    Codec.reportIgnored = false;
  }

  @Test
  void suggestsTheNameEqualButForCaseFirstThenANearOne() {
    assertEquals("body", IgnoredProperties.closest("Body", List.of("messageId", "bodyX", "body")));
    assertEquals("messageId", IgnoredProperties.closest("mesageId", List.of("body", "messageId")));
    assertEquals("eventSourceARN", IgnoredProperties.closest("eventSourceArn", List.of("eventSource", "eventSourceARN")));
    assertNull(IgnoredProperties.closest("priority", List.of("body", "messageId")));
    assertNull(IgnoredProperties.closest("x", List.of("id")), "one letter is near anything short: no suggestion");
    assertNull(IgnoredProperties.closest("Body", List.of()));
  }

  @Test
  void namesTheTypeByItsSimpleName() {
    assertEquals("SQSMessage", IgnoredProperties.simpleName(SQSEvent.SQSMessage.class.getName()));
    assertEquals("Order", IgnoredProperties.simpleName("com.example.Orders.Order"));
    assertEquals("List", IgnoredProperties.simpleName("java.util.List<com.example.Order>"));
  }

  @Test
  void databindReportsTheFullPathOfAnAwsEventProperty() {
    Codec<SQSEvent> codec = DatabindCodec.of(SQSEvent.class);
    SQSEvent event = read(codec, "{\"Records\":[{\"messageId\":\"m-1\",\"body\":\"ok\"},"
        + "{\"messageId\":\"m-2\",\"Body\":\"lost\",\"attributes\":{\"SentTimestamp\":\"1\"}}]}");

    assertEquals("ok", event.getRecords().get(0).getBody());
    assertNull(event.getRecords().get(1).getBody());
    assertEquals(List.of("warning: $.Records[1].Body was ignored: SQSMessage has no property 'Body' (did you mean 'body'?)"),
        warnings);
  }

  @Test
  void databindReportsNothingAUserTypeIgnoresOnPurpose() {
    read(DatabindCodec.of(Quiet.class), "{\"id\":\"1\",\"secret\":\"s\",\"legacy\":2,\"anything\":[1,{\"a\":1}]}");
    read(DatabindCodec.of(Partly.class), "{\"id\":\"1\",\"internal\":true,\"legacy\":{\"x\":1},\"ID\":3}");

    assertEquals(List.of("warning: $.ID was ignored: Partly has no property 'ID' (did you mean 'id'?)"), warnings);
  }

  @Test
  void aGeneratedCodecsDefaultBranchReportsTheNameAndPath() {
    Item item = read(ItemCodec.INSTANCE, "{\"sku\":\"A-1\",\"Qty\":{\"n\":2},\"colour\":\"red\"}");

    assertEquals("A-1", item.sku);
    assertEquals(List.of(
        "warning: $.Qty was ignored: Item has no property 'Qty' (did you mean 'qty'?)",
        "warning: $.colour was ignored: Item has no property 'colour'"), warnings);
  }

  @Test
  void showsTwentyWarningsThenCountsTheRest() {
    StringBuilder json = new StringBuilder("{\"sku\":\"A-1\"");
    for (int i = 0; i < 25; i++) {
      json.append(",\"extra").append(i).append("\":").append(i);
    }
    read(ItemCodec.INSTANCE, json.append('}').toString());
    IgnoredProperties.end();

    assertEquals(IgnoredProperties.MAX_WARNINGS + 1, warnings.size(), warnings::toString);
    assertEquals("warning: $.extra19 was ignored: Item has no property 'extra19'", warnings.get(19));
    assertEquals("warning: ... and 5 more ignored properties", warnings.get(20));
  }

  @Test
  void offReportsNothingOnEitherPath() {
    Codec.reportIgnored = false;
    Codec<SQSEvent> codec = DatabindCodec.of(SQSEvent.class);
    read(codec, "{\"Records\":[{\"Body\":\"lost\"}]}");
    read(ItemCodec.INSTANCE, "{\"Sku\":\"A-1\"}");

    assertEquals(List.of(), warnings);
  }

  @Test
  void aThreadWithNoInvocationReportsNothing() {
    IgnoredProperties.end();
    read(ItemCodec.INSTANCE, "{\"Sku\":\"A-1\"}");

    assertEquals(List.of(), warnings);
  }

  private static <T> T read(Codec<T> codec, String json) {
    return Json.readEvent(codec, json.getBytes(StandardCharsets.UTF_8));
  }

  /** Ignores everything it does not know, on purpose. */
  @JsonIgnoreProperties(value = {"legacy"}, ignoreUnknown = true)
  public static class Quiet {
    public String id;
    @JsonIgnore
    public String secret;
  }

  /** Ignores some names on purpose, and not others. */
  @JsonIgnoreProperties({"legacy"})
  public static class Partly {
    public String id;
    @JsonIgnore
    public boolean internal;
  }

  /** A record-like type and a codec shaped as the processor writes them. */
  static final class Item {
    String sku;
    int qty;
  }

  static final class ItemCodec extends Codec<Item> {
    static final Codec<Item> INSTANCE = new ItemCodec();

    @Override
    public String typeName() {
      return "com.example.Shop.Item";
    }

    @Override
    public Item read(JsonParser parser) throws IOException {
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        throw JsonMismatchException.at(parser, "an object");
      }
      Item item = new Item();
      for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
        parser.nextToken();
        switch (name) {
          case "sku":
            item.sku = parser.getValueAsString();
            break;
          case "qty":
            item.qty = parser.getValueAsInt();
            break;
          default:
            INSTANCE.skipUnknown(parser, name);
        }
      }
      return item;
    }

    @Override
    public void write(JsonGenerator generator, Item value) {
      throw new UnsupportedOperationException();
    }

    @Override
    protected List<String> propertyNames() {
      return List.of("sku", "qty");
    }
  }
}
