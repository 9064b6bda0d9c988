package dev.switchboard.benchmarks.codecs;

import dev.switchboard.LambdaHandler;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The model of the codec throughput benchmark: a purchase (about 1 KB of JSON) and a batch of them
 * (about 100 KB). Its handlers exist so that the processor generates the codecs.
 */
public final class Purchases {
  private Purchases() {}

  /** An order's state. */
  public enum Status { NEW, PAID, SHIPPED, DELIVERED }

  /** A postal address. */
  public record Address(String line1, String line2, String city, String postalCode, String country) {}

  /** Who bought. */
  public record Customer(String id, String name, String email, Address shipping, Address billing, List<String> tags) {}

  /** One line of a purchase. */
  public record LineItem(String sku, String title, int quantity, BigDecimal unitPrice, BigDecimal discount,
      Map<String, String> attributes) {}

  /** A purchase. */
  public record Purchase(String id, Instant createdAt, Status status, Customer customer, List<LineItem> items,
      BigDecimal total, String currency, Map<String, String> metadata, boolean gift, Optional<String> note) {}

  /** Many purchases. */
  public record Batch(String batchId, int count, List<Purchase> purchases) {}

  @LambdaHandler("bench-codecs-purchase")
  public static Purchase purchase(Purchase purchase) {
    return purchase;
  }

  @LambdaHandler("bench-codecs-batch")
  public static Batch batch(Batch batch) {
    return batch;
  }

  /** A purchase with some variety, deterministic for {@code n}. */
  static Purchase purchase(int n) {
    Address shipping = new Address(n + " Harbour Street", n % 3 == 0 ? "Flat " + (n % 40) : null, "Lisbon",
        "1100-" + (100 + n % 800), "PT");
    Customer customer = new Customer("cus_" + (100000 + n), "Customer Número " + n, "customer" + n + "@example.com",
        shipping, n % 2 == 0 ? shipping : null, List.of("loyal", "newsletter", "tier-" + (n % 4)));
    List<LineItem> items = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < 3; i++) {
      Map<String, String> attributes = new LinkedHashMap<>();
      attributes.put("color", i % 2 == 0 ? "blue" : "green");
      attributes.put("size", "M");
      BigDecimal price = BigDecimal.valueOf(1999 + 37L * i + n, 2);
      items.add(new LineItem("SKU-" + (1000 + i * 7 + n % 50), "Product \"" + i + "\" — édition spéciale", 1 + (n + i) % 3,
          price, i == 1 ? new BigDecimal("2.50") : null, attributes));
      total = total.add(price);
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("channel", "web");
    metadata.put("campaign", "spring-" + (n % 12));
    return new Purchase("pur_" + (5000000 + n), Instant.parse("2026-03-01T10:15:30.123Z").plusSeconds(n * 61L),
        Status.values()[n % 4], customer, items, total, "EUR", metadata, n % 5 == 0,
        n % 2 == 0 ? Optional.of("Leave at the door, thanks!") : Optional.empty());
  }

  static Batch batch(int size) {
    List<Purchase> purchases = new ArrayList<>();
    for (int n = 0; n < size; n++) {
      purchases.add(purchase(n));
    }
    return new Batch("batch-1", size, purchases);
  }
}
