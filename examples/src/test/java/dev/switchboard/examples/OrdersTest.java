package dev.switchboard.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.examples.Orders.Item;
import dev.switchboard.examples.Orders.Order;
import dev.switchboard.examples.Orders.Receipt;
import dev.switchboard.test.Event;
import dev.switchboard.test.Events;
import dev.switchboard.test.HandlerParams;
import dev.switchboard.test.InvocationResult;
import dev.switchboard.test.LambdaError;
import dev.switchboard.test.LambdaInvoker;
import dev.switchboard.test.Response;
import dev.switchboard.test.Responses;
import dev.switchboard.test.SwitchboardExtension;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

/** Unit tests of {@link Orders}: records in and out, through the codecs the processor generated. */
@ExtendWith(SwitchboardExtension.class)
class OrdersTest {
  @ParameterizedTest
  @Event(value = "events/orders/tea-and-cup.json", type = Order.class)
  void totalsTheItems(Order order, LambdaInvoker lambda) {
    InvocationResult result = lambda.invokeValue("orders", order);

    assertEquals(new Receipt("o-1", new BigDecimal("3.00"), 3, Instant.parse("2026-01-01T00:00:00Z"), null),
        result.as(Receipt.class));
    assertTrue(result.logs().contains("order o-1: 3 items"), result.logs()::text);
  }

  @Test
  void leavesANullNoteOutOfTheJson(LambdaInvoker lambda) {
    Order order = new Order("o-3", List.of(new Item("pen", 4, new BigDecimal("0.99"))), null);

    String json = lambda.invokeValue("orders", order).json();

    assertEquals("{\"orderId\":\"o-3\",\"total\":3.96,\"items\":4,\"receivedAt\":\"2026-01-01T00:00:00Z\"}", json);
  }

  @ParameterizedTest
  @HandlerParams(events = @Events(folder = "events/orders"), responses = @Responses(folder = "responses/orders"))
  void answersEachOrderAsExpected(String event, String response, LambdaInvoker lambda) {
    lambda.invoke("orders", event).assertJson(response);
  }

  @ParameterizedTest
  @HandlerParams(
      event = @Event("events/orders/gift.json"),
      response = @Response(value = "responses/orders/gift.json", type = Receipt.class))
  void keepsTheNote(String event, Receipt expected, LambdaInvoker lambda) {
    assertEquals(expected, lambda.invoke("orders", event).as(Receipt.class));
  }

  @Test
  void aPriceThatIsNotANumberIsAnUnmarshalErrorNamingThePath(LambdaInvoker lambda) {
    LambdaError error = lambda.invoke("orders", "{\"orderId\": \"o\", \"items\": [{\"sku\": \"a\", \"price\": \"x\"}]}")
        .error();

    assertEquals("Runtime.UnmarshalError", error.errorType());
    assertEquals("Event does not fit dev.switchboard.examples.Orders.Order: $.items[0].price: expected a number,"
        + " found the string \"x\"", error.errorMessage());
  }
}
