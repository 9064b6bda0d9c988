package dev.switchboard.benchmarks.coldstart.switchboard;

import dev.switchboard.Context;
import dev.switchboard.LambdaHandler;
import java.util.List;
import java.util.Map;

/**
 * The cold-start benchmark's handlers on Switchboard. The logic is the same, line for line, as that
 * of {@code coldstart.aws.AwsHello} and {@code coldstart.aws.AwsOrders} on AWS's client.
 */
public class HelloHandlers {
  /** An order line. */
  public record Item(String sku, int quantity, double price) {}

  /** The record event. */
  public record Order(String orderId, List<Item> items) {}

  /** The record result. */
  public record Receipt(String orderId, int items, double total) {}

  /** A {@code Map} event: greets a person by name. */
  @LambdaHandler("bench-hello")
  public Map<String, Object> hello(Map<String, Object> event, Context context) {
    String message = "Hello " + event.get("first_name") + " " + event.get("last_name") + "!";
    context.getLogger().log(message);
    return Map.of("message", message);
  }

  /** A record event: totals an order. */
  @LambdaHandler("bench-orders")
  public Receipt orders(Order order, Context context) {
    int count = 0;
    double total = 0;
    for (Item item : order.items()) {
      count += item.quantity();
      total += item.quantity() * item.price();
    }
    context.getLogger().log("order " + order.orderId() + ": " + count + " items");
    return new Receipt(order.orderId(), count, total);
  }
}
