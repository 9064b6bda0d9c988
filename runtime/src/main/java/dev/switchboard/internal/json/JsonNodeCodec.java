package dev.switchboard.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;

/**
 * Jackson's tree model, built and written on the streaming API: it loads the tree classes of
 * jackson-databind but creates no {@code ObjectMapper}.
 */
final class JsonNodeCodec extends Codec<JsonNode> {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonNodeCodec() {}

  /**
   * The codec of {@code JsonNode}. Made here rather than in {@link Codecs}: a {@code new} of this class
   * there would make the JVM load it to verify {@code Codecs}, for every handler, whether or not it
   * uses one.
   */
  static Codec<JsonNode> of() {
    return new JsonNodeCodec();
  }

  @Override
  public String typeName() {
    return "com.fasterxml.jackson.databind.JsonNode";
  }

  @Override
  public JsonNode read(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    return readNode(p, token);
  }

  private static JsonNode readNode(JsonParser p, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT: {
        ObjectNode node = NODES.objectNode();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
          node.set(name, readNode(p, p.nextToken()));
        }
        return node;
      }
      case START_ARRAY: {
        ArrayNode node = NODES.arrayNode();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
          node.add(readNode(p, t));
        }
        return node;
      }
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return NODES.numberNode(p.getIntValue());
          case LONG:
            return NODES.numberNode(p.getLongValue());
          default:
            return NODES.numberNode(p.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT: {
        // As the Object codec reads it: a double, unless the number is too large for one.
        double d = p.getDoubleValue();
        return Double.isInfinite(d) ? NODES.numberNode(p.getDecimalValue()) : NODES.numberNode(d);
      }
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw JsonMismatchException.at(p, "a JSON value");
    }
  }

  @Override
  public void write(JsonGenerator g, JsonNode value) throws IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    writeNode(g, value);
  }

  private static void writeNode(JsonGenerator g, JsonNode node) throws IOException {
    if (node.isObject()) {
      g.writeStartObject();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        g.writeFieldName(field.getKey());
        writeNode(g, field.getValue());
      }
      g.writeEndObject();
    } else if (node.isArray()) {
      g.writeStartArray();
      for (JsonNode element : node) {
        writeNode(g, element);
      }
      g.writeEndArray();
    } else if (node.isTextual()) {
      g.writeString(node.textValue());
    } else if (node.isIntegralNumber()) {
      if (node.canConvertToLong()) {
        g.writeNumber(node.longValue());
      } else {
        g.writeNumber(node.bigIntegerValue());
      }
    } else if (node.isBigDecimal()) {
      g.writeNumber(node.decimalValue());
    } else if (node.isNumber()) {
      g.writeNumber(node.doubleValue());
    } else if (node.isBoolean()) {
      g.writeBoolean(node.booleanValue());
    } else if (node.isBinary()) {
      g.writeBinary(node.binaryValue());
    } else if (node.isNull() || node.isMissingNode()) {
      g.writeNull();
    } else {
      DatabindSupport.writeValue(g, node);
    }
  }
}
