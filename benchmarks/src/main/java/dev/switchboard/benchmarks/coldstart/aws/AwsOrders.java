package dev.switchboard.benchmarks.coldstart.aws;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.List;

/**
 * The benchmark's typed-event handler on AWS's runtime interface client. Switchboard's side takes
 * records; AWS's serializer cannot create records ("no Creators, like default constructor, exist"),
 * so here the same shapes are JavaBeans, as AWS's documentation writes them.
 */
public class AwsOrders implements RequestHandler<AwsOrders.Order, AwsOrders.Receipt> {
  /** An order line. */
  public static class Item {
    private String sku;
    private int quantity;
    private double price;

    public String getSku() {
      return sku;
    }

    public void setSku(String sku) {
      this.sku = sku;
    }

    public int getQuantity() {
      return quantity;
    }

    public void setQuantity(int quantity) {
      this.quantity = quantity;
    }

    public double getPrice() {
      return price;
    }

    public void setPrice(double price) {
      this.price = price;
    }
  }

  /** The event. */
  public static class Order {
    private String orderId;
    private List<Item> items;

    public String getOrderId() {
      return orderId;
    }

    public void setOrderId(String orderId) {
      this.orderId = orderId;
    }

    public List<Item> getItems() {
      return items;
    }

    public void setItems(List<Item> items) {
      this.items = items;
    }
  }

  /** The result. */
  public static class Receipt {
    private final String orderId;
    private final int items;
    private final double total;

    public Receipt(String orderId, int items, double total) {
      this.orderId = orderId;
      this.items = items;
      this.total = total;
    }

    public String getOrderId() {
      return orderId;
    }

    public int getItems() {
      return items;
    }

    public double getTotal() {
      return total;
    }
  }

  @Override
  public Receipt handleRequest(Order order, Context context) {
    int count = 0;
    double total = 0;
    for (Item item : order.getItems()) {
      count += item.getQuantity();
      total += item.getQuantity() * item.getPrice();
    }
    context.getLogger().log("order " + order.getOrderId() + ": " + count + " items");
    return new Receipt(order.getOrderId(), count, total);
  }
}
