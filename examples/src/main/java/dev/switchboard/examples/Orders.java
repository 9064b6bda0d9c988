package dev.switchboard.examples;

import dev.switchboard.Context;
import dev.switchboard.LambdaHandler;
import dev.switchboard.deploy.FunctionConfig;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A handler with record types: an order in, a receipt out. */
public class Orders {
  /** One line of an order. */
  public record Item(String sku, int quantity, BigDecimal price) {}

  /** The event. */
  public record Order(String orderId, List<Item> items, String note) {}

  /** The result; a null {@code note} is left out of the JSON. */
  public record Receipt(String orderId, BigDecimal total, int items, Instant receivedAt, String note) {}

  @LambdaHandler("orders")
  @FunctionConfig(memory = 1024, timeout = 10)
  public Receipt place(Order order, Context context) {
    BigDecimal total = BigDecimal.ZERO;
    int count = 0;
    for (Item item : order.items()) {
      total = total.add(item.price().multiply(BigDecimal.valueOf(item.quantity())));
      count += item.quantity();
    }
    context.getLogger().log("order " + order.orderId() + ": " + count + " items");
    return new Receipt(order.orderId(), total, count, Instant.parse("2026-01-01T00:00:00Z"), order.note());
  }
}
