package com.example.shop.orders;

import dev.switchboard.Context;
import dev.switchboard.LambdaHandler;
import dev.switchboard.deploy.FunctionConfig;
import dev.switchboard.deploy.HttpApiTrigger;
import dev.switchboard.deploy.S3Trigger;
import dev.switchboard.deploy.SqsTrigger;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Orders: records in and out, bound by generated codecs. */
public class Orders {
  /** One line of an order. */
  public record Item(String sku, int quantity, BigDecimal price) {}

  /** An order. */
  public record Order(String orderId, List<Item> items, String note) {}

  /** What placing an order returns; a null note is left out. */
  public record Receipt(String orderId, BigDecimal total, int items, Instant receivedAt, String note) {}

  @LambdaHandler("orders")
  @FunctionConfig(memory = 1024, timeout = 10, architecture = FunctionConfig.Architecture.ARM64)
  @HttpApiTrigger(method = "POST", path = "/orders")
  @SqsTrigger(queue = "arn:aws:sqs:eu-west-1:123456789012:orders", batchSize = 5)
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

  @LambdaHandler("orders-batch")
  @S3Trigger(bucket = "OrderFiles", events = {"s3:ObjectCreated:Put", "s3:ObjectCreated:Post"})
  public static List<Receipt> batch(List<Order> orders) {
    return orders.stream()
        .map(o -> new Receipt(o.orderId(), BigDecimal.ZERO, o.items().size(), Instant.EPOCH, null))
        .toList();
  }

  @LambdaHandler("orders-fail")
  public String fail(Order order) {
    throw new IllegalStateException("Payment service unavailable for order " + order.orderId());
  }
}
