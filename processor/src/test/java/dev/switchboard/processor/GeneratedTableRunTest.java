package dev.switchboard.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.testing.compile.Compilation;
import dev.switchboard.Context;
import dev.switchboard.ResponseStream;
import dev.switchboard.internal.FunctionInfo;
import dev.switchboard.internal.Handler;
import dev.switchboard.internal.HandlerTable;
import dev.switchboard.internal.InvocationContext;
import dev.switchboard.internal.PrintStreamLogger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generated table works: the classes of a compilation (handlers and table) are loaded in a fresh
 * class loader, the table is found through {@link ServiceLoader}, creating it loads no handler class,
 * and its handlers serve real JSON.
 */
class GeneratedTableRunTest {
  private static final String SHOP = "com.example.shop.";
  private static final List<String> HANDLER_CLASSES = List.of(
      SHOP + "Admin", SHOP + "Admin$Reports", SHOP + "Calculator", SHOP + "Echo", SHOP + "Greeter", SHOP + "Shout",
      SHOP + "Ticker", SHOP + "Ticker$Countdown",
      SHOP + "orders.Orders", SHOP + "orders.Orders$Order", SHOP + "orders.Orders$Receipt");
  private static final List<String> CODEC_CLASSES = List.of(
      SHOP + "orders.Orders_OrderJsonCodec", SHOP + "orders.Orders_ReceiptJsonCodec", SHOP + "orders.Orders_ItemJsonCodec",
      SHOP + "Ticker_CountdownJsonCodec");

  private Path classes;
  private RecordingLoader loader;
  private final ByteArrayOutputStream logs = new ByteArrayOutputStream();

  /** A class loader that tells which classes it has loaded itself. */
  private static final class RecordingLoader extends URLClassLoader {
    RecordingLoader(Path dir, ClassLoader parent) throws IOException {
      super(new URL[] {dir.toUri().toURL()}, parent);
    }

    boolean loaded(String name) {
      return findLoadedClass(name) != null;
    }

    List<String> loadedOf(List<String> names) {
      return names.stream().filter(this::loaded).collect(Collectors.toList());
    }
  }

  @BeforeEach
  void compileAndLoad() throws IOException {
    Compilation compilation = GoldenOutputTest.compileShop(ShopHandlers.FILES);
    classes = Files.createTempDirectory("switchboard-run");
    Compile.writeClassOutput(compilation, classes);
    // The parent has the runtime and Jackson, as an application's class path would; the handlers and
    // the table exist only in the new loader.
    loader = new RecordingLoader(classes, GeneratedTableRunTest.class.getClassLoader());
  }

  @AfterEach
  void close() throws IOException {
    loader.close();
    Compile.deleteTree(classes);
  }

  @Test
  void creatingTheTableLoadsNoHandlerClass() throws Throwable {
    HandlerTable table = table();
    assertThat(table.getClass().getName()).isEqualTo(ShopHandlers.TABLE);
    assertThat(loader.loaded(ShopHandlers.TABLE)).isTrue();
    assertWithMessage("handler classes loaded by creating the table")
        .that(loader.loadedOf(HANDLER_CLASSES)).isEmpty();
    assertWithMessage("generated codec classes loaded by creating (and verifying) the table")
        .that(loader.loadedOf(CODEC_CLASSES)).isEmpty();

    assertThat(table.names()).asList().containsExactly(
        "audit", "calculator", "com.example.shop.Admin$Reports::daily", "com.example.shop.Echo::handle",
        "count", "countdown", "hello", "legacy", "orders", "orders-batch", "orders-fail", "page", "shout").inOrder();
    assertWithMessage("handler classes loaded by listing the names")
        .that(loader.loadedOf(HANDLER_CLASSES)).isEmpty();

    Handler hello = table.create("hello");
    assertThat(hello.name()).isEqualTo("hello");
    assertWithMessage("handler classes loaded by creating 'hello'")
        .that(loader.loadedOf(HANDLER_CLASSES)).containsExactly(SHOP + "Greeter");
    invoke(hello, "{\"first_name\":\"Ada\",\"last_name\":\"Lovelace\"}");
    assertWithMessage("handler classes loaded by invoking 'hello' (the table's call switch names them all)")
        .that(loader.loadedOf(HANDLER_CLASSES)).containsExactly(SHOP + "Greeter");

    assertWithMessage("generated codec classes loaded by creating and invoking 'hello'")
        .that(loader.loadedOf(CODEC_CLASSES)).isEmpty();

    table.create("count");
    assertWithMessage("handler classes loaded by creating the static handler 'count'")
        .that(loader.loadedOf(HANDLER_CLASSES)).containsExactly(SHOP + "Greeter", SHOP + "Admin");
  }

  @Test
  void theTableIsOneClassNotOnePerHandler() throws IOException {
    List<String> tableClasses;
    try (var files = Files.walk(classes)) {
      tableClasses = files.map(f -> classes.relativize(f).toString())
          .filter(f -> f.startsWith("com/example/shop/SwitchboardHandlers"))
          .sorted()
          .collect(Collectors.toList());
    }
    assertThat(tableClasses).containsExactly("com/example/shop/SwitchboardHandlers.class");
  }

  @Test
  void handlersServeRealJson() throws Throwable {
    HandlerTable table = table();

    assertThat(invoke(table.create("hello"), "{\"first_name\":\"John\",\"last_name\":\"Smith\"}"))
        .isEqualTo("{\"message\":\"Hello John Smith!\"}");
    assertThat(logs.toString(UTF_8)).contains("Hello John Smith!");

    assertThat(invoke(table.create("calculator"), "{\"action\":\"increment\",\"number\":3}"))
        .isEqualTo("{\"result\":4}");

    assertThat(invoke(table.create("orders"),
        "{\"orderId\":\"o-1\",\"items\":[{\"sku\":\"a\",\"quantity\":2,\"price\":1.25},"
            + "{\"sku\":\"b\",\"quantity\":1,\"price\":3}],\"unknown\":true}"))
        .isEqualTo("{\"orderId\":\"o-1\",\"total\":5.50,\"items\":3,\"receivedAt\":\"2026-01-01T00:00:00Z\"}");

    assertThat(invoke(table.create("count"), "41")).isEqualTo("42");
    assertThat(invoke(table.create("audit"), "[1,2,3]")).isEqualTo("null");
    assertThat(invoke(table.create("shout"), "{\"a\":\"quiet\"}")).isEqualTo("{\"A\":\"QUIET\"}");
    assertThat(invoke(table.create("com.example.shop.Echo::handle"), "{\"k\":[1,true,null]}"))
        .isEqualTo("{\"statusCode\":200,\"body\":\"{\\\"k\\\":[1,true,null]}\"}");
    assertThat(invoke(table.create("com.example.shop.Admin$Reports::daily"), "\"AAEC\"")).isEqualTo("[3]");

    assertThat(table.create("no-such-handler")).isNull();
  }

  @Test
  void streamingHandlersWriteTheirChunks() throws Throwable {
    HandlerTable table = table();
    Handler countdown = table.create("countdown");
    assertThat(countdown.streaming()).isTrue();
    assertThat(invoke(countdown, "{\"from\":3}")).isEqualTo("3\n2\n1\n");

    List<String> chunks = new ArrayList<>();
    ResponseStream out = new ResponseStream() {
      @Override
      protected void writeChunk(byte[] bytes, int offset, int length) {
        chunks.add(contentType() + " " + new String(bytes, offset, length, UTF_8));
      }
    };
    countdown.invokeStreaming("{\"from\":2}".getBytes(UTF_8), null, out);
    assertThat(chunks).containsExactly("text/plain 2\n", "text/plain 1\n").inOrder();

    // The raw event, after the HTTP prelude and its eight NUL bytes.
    assertThat(invoke(table.create("page"), "hi")).isEqualTo(
        "{\"statusCode\":200,\"headers\":{\"Content-Type\":\"text/html\"},\"cookies\":[]}"
            + "\0\0\0\0\0\0\0\0<p>hi</p>");
    assertThat(table.create("hello").streaming()).isFalse();
  }

  @Test
  void aHandlerExceptionReachesTheCallerAsItIs() throws Throwable {
    Handler fail = table().create("orders-fail");
    IllegalStateException thrown = null;
    try {
      invoke(fail, "{\"orderId\":\"o-9\",\"items\":[]}");
    } catch (IllegalStateException e) {
      thrown = e;
    }
    assertWithMessage("exception thrown by the handler").that(thrown).isNotNull();
    assertThat(thrown).hasMessageThat().isEqualTo("Payment service unavailable for order o-9");
  }

  private HandlerTable table() {
    List<HandlerTable> tables = new ArrayList<>();
    for (HandlerTable table : ServiceLoader.load(HandlerTable.class, loader)) {
      if (table.getClass().getClassLoader() == loader) {
        tables.add(table);
      }
    }
    assertWithMessage("tables found through ServiceLoader").that(tables).hasSize(1);
    return tables.get(0);
  }

  private String invoke(Handler handler, String event) throws Throwable {
    Context context = new InvocationContext(
        "request-1",
        new FunctionInfo("shop", "$LATEST", 128, "/aws/lambda/shop", "local"),
        "arn:aws:lambda:us-east-1:123456789012:function:shop",
        System.currentTimeMillis() + 3_000,
        null,
        null,
        null,
        new PrintStreamLogger(new PrintStream(logs, true, UTF_8)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.invoke(event.getBytes(UTF_8), context, out);
    return out.toString(UTF_8);
  }
}
