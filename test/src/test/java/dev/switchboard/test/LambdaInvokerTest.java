package dev.switchboard.test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.switchboard.test.handlers.Receipts.Line;
import dev.switchboard.test.handlers.Receipts.Order;
import dev.switchboard.test.handlers.Receipts.Receipt;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

@ExtendWith(SwitchboardExtension.class)
class LambdaInvokerTest {
  private static final String ORDER =
      "{\"id\": \"o-1\", \"lines\": [{\"sku\": \"a\", \"quantity\": 2, \"price\": 1.50}, {\"sku\": \"b\", \"quantity\": 1, \"price\": 0.25}]}";

  @Test
  void invokesByNameWithJsonText(LambdaInvoker lambda) {
    InvocationResult result = lambda.invoke("greet", "{\"name\": \"Ada\"}");

    assertTrue(result.isSuccess(), result::toString);
    assertFalse(result.isError());
    assertEquals("{\"message\":\"Hello Ada!\"}", result.json());
    assertEquals("Hello Ada!", result.tree().get("message").asText());
    assertEquals("greet", result.handler());
  }

  @Test
  void readsTheResultAsARecordThroughTheGeneratedCodecsOutput(LambdaInvoker lambda) {
    InvocationResult result = lambda.invoke("receipt", ORDER);

    // The generated codec wrote the BigDecimal with its scale: 1.50 * 2 + 0.25 = 3.25.
    assertEquals("{\"id\":\"o-1\",\"total\":3.25,\"count\":3}", result.json());
    assertEquals(new Receipt("o-1", new BigDecimal("3.25"), 3), result.as(Receipt.class));
  }

  @Test
  void readsAGenericResultByTypeReference(LambdaInvoker lambda) {
    List<Line> lines = lambda.invoke("split", ORDER).as(new TypeReference<List<Line>>() {});

    assertEquals(List.of(new Line("a", 2, new BigDecimal("1.50")), new Line("b", 1, new BigDecimal("0.25"))), lines);
  }

  @Test
  void aResultThatDoesNotFitTheTypeFailsWithThePath(LambdaInvoker lambda) {
    InvocationResult result = lambda.invoke("greet", "{\"name\": \"Ada\"}");

    AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> result.as(Integer.class));
    assertTrue(failure.getMessage().startsWith("The response of 'greet' cannot be read as java.lang.Integer: "),
        failure.getMessage());
    assertTrue(failure.getMessage().endsWith("; the response: {\"message\":\"Hello Ada!\"}"), failure.getMessage());
  }

  @Test
  void comparesJsonByValue(LambdaInvoker lambda) {
    InvocationResult result = lambda.invoke("receipt", ORDER);

    assertTrue(result.jsonEquals("{ \"count\": 3, \"total\": 3.250, \"id\": \"o-1\" }"));
    assertFalse(result.jsonEquals("{\"count\": 3, \"total\": 3.26, \"id\": \"o-1\"}"));
    assertFalse(result.jsonEquals("{\"count\": 3, \"total\": 3.25}"));
    assertEquals(result, result.assertJson("{\"id\": \"o-1\", \"count\": 3.0, \"total\": 3.25}"));
  }

  @Test
  void assertJsonShowsBothSidesWhenTheyDiffer(LambdaInvoker lambda) {
    InvocationResult result = lambda.invoke("receipt", ORDER);

    AssertionFailedError failure = assertThrows(AssertionFailedError.class,
        () -> result.assertJson("{\"id\": \"o-1\", \"total\": 4, \"count\": 3}"));
    assertEquals("The response of 'receipt' is not the expected JSON", failure.getMessage());
    assertTrue(failure.isExpectedDefined() && failure.isActualDefined());
    assertTrue(failure.getExpected().getStringRepresentation().contains("\"total\" : 4"),
        failure.getExpected().getStringRepresentation());
    assertTrue(failure.getActual().getStringRepresentation().contains("\"total\" : 3.25"),
        failure.getActual().getStringRepresentation());
  }

  @Test
  void takesTheEventFromAFile(LambdaInvoker lambda, @TempDir Path dir) throws Exception {
    Path file = dir.resolve("event.json");
    Files.writeString(file, "{\"name\": \"File\"}");

    assertEquals("{\"message\":\"Hello File!\"}", lambda.invoke("greet", file).json());
  }

  @Test
  void takesTheEventFromAClassPathResource(LambdaInvoker lambda) {
    assertEquals("{\"message\":\"Hello Ada!\"}", lambda.invokeResource("greet", "events/ada.json").json());
    assertEquals("{\"message\":\"Hello Ada!\"}", lambda.invokeResource("greet", "/events/ada.json").json());
  }

  @Test
  void aMissingResourceOrFileIsAnError(LambdaInvoker lambda) {
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> lambda.invokeResource("greet", "events/none.json"));
    assertEquals("No class-path resource events/none.json", missing.getMessage());
    assertThrows(java.io.UncheckedIOException.class, () -> lambda.invoke("greet", Path.of("no/such/event.json")));
  }

  @Test
  void takesTheEventAsAValueWrittenAsJson(LambdaInvoker lambda) {
    Order order = new Order("o-9", List.of(new Line("x", 3, new BigDecimal("2.00"))));

    assertEquals(new Receipt("o-9", new BigDecimal("6.00"), 3), lambda.invokeValue("receipt", order).as(Receipt.class));
  }

  @Test
  void aStreamHandlerGetsTheRawBytes(LambdaInvoker lambda) {
    byte[] event = "not json: grüße".getBytes(StandardCharsets.UTF_8);

    InvocationResult result = lambda.invoke("upper", event);

    assertArrayEquals("NOT JSON: GRÜSSE".getBytes(StandardCharsets.UTF_8), result.bytes());
    assertEquals("NOT JSON: GRÜSSE", result.json());
  }

  @Test
  void anUnknownNameFailsAtOnceAndListsTheNames(LambdaInvoker lambda) {
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> lambda.invoke("gret", "{}"));

    assertTrue(unknown.getMessage().contains("gret"), unknown.getMessage());
    assertTrue(unknown.getMessage().contains("greet"), unknown.getMessage());
    assertTrue(lambda.handlerNames().containsAll(List.of("broken", "context", "fail", "greet", "receipt", "upper")),
        lambda.handlerNames()::toString);
  }

  @Test
  void anEventOverSixMegabytesIsRefused(LambdaInvoker lambda) {
    byte[] event = new byte[6 * 1024 * 1024 + 1];

    IllegalArgumentException tooLarge = assertThrows(IllegalArgumentException.class, () -> lambda.invoke("upper", event));
    assertTrue(tooLarge.getMessage().contains("6 MB"), tooLarge.getMessage());
  }

  @Test
  void settingsAreChecked(LambdaInvoker lambda) {
    assertThrows(IllegalArgumentException.class, () -> lambda.withTimeout(java.time.Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> lambda.withTimeout(java.time.Duration.ofSeconds(901)));
    assertThrows(IllegalArgumentException.class, () -> lambda.withMemoryLimit(127));
    assertThrows(IllegalArgumentException.class, () -> lambda.withMemoryLimit(10241));
    assertThrows(IllegalArgumentException.class, () -> lambda.withFunctionName(" "));
    assertEquals(java.time.Duration.ofSeconds(3), lambda.timeout());
    assertEquals(128, lambda.memoryLimitInMB());
  }
}
