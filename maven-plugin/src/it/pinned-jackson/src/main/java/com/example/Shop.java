package com.example;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.Context;
import dev.switchboard.LambdaHandler;
import java.util.List;
import java.util.Map;

public class Shop {
  public record Item(String sku, int quantity, double price) {}

  public record Order(String id, List<Item> items, Map<String, String> tags) {}

  public record Receipt(String id, int items, double total) {}

  @LambdaHandler("hello")
  public Map<String, Object> hello(Map<String, Object> event, Context context) {
    context.getLogger().log("greeting " + event.get("name"));
    return Map.of("message", "Hello " + event.get("name") + "!");
  }

  @LambdaHandler("order")
  public Receipt order(Order order, Context context) {
    int count = 0;
    double total = 0;
    for (Item item : order.items()) {
      count += item.quantity();
      total += item.quantity() * item.price();
    }
    return new Receipt(order.id(), count, total);
  }

  @LambdaHandler("tree")
  public JsonNode tree(JsonNode event, Context context) {
    return event.path("inner");
  }
}
