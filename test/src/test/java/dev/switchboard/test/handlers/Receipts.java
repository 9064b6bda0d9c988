package dev.switchboard.test.handlers;

import dev.switchboard.LambdaHandler;
import java.math.BigDecimal;
import java.util.List;

/** Records in and out, bound by generated codecs. */
public class Receipts {
  /** One line of an order. */
  public record Line(String sku, int quantity, BigDecimal price) {}

  /** The event. */
  public record Order(String id, List<Line> lines) {}

  /** The result. */
  public record Receipt(String id, BigDecimal total, int count) {}

  @LambdaHandler("receipt")
  public Receipt receipt(Order order) {
    BigDecimal total = BigDecimal.ZERO;
    int count = 0;
    for (Line line : order.lines()) {
      total = total.add(line.price().multiply(BigDecimal.valueOf(line.quantity())));
      count += line.quantity();
    }
    return new Receipt(order.id(), total, count);
  }

  @LambdaHandler("split")
  public List<Line> split(Order order) {
    return order.lines();
  }
}
