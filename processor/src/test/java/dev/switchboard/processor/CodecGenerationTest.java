package dev.switchboard.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Compile tests for codec generation: the generated codec of a record (against a golden file), the
 * table using it, the fallback note for a type the generator does not support, and the
 * {@code -Aswitchboard.json} option.
 */
class CodecGenerationTest {
  private static final String GOLDEN = "codecs/Shop_OrderJsonCodec.java";

  private static final JavaFileObject SHOP = JavaFileObjects.forSourceString("test.Shop", String.join("\n",
      "package test;",
      "",
      "import com.fasterxml.jackson.annotation.JsonAlias;",
      "import com.fasterxml.jackson.annotation.JsonIgnore;",
      "import com.fasterxml.jackson.annotation.JsonInclude;",
      "import com.fasterxml.jackson.annotation.JsonProperty;",
      "import dev.switchboard.LambdaHandler;",
      "import java.math.BigDecimal;",
      "import java.time.Instant;",
      "import java.util.List;",
      "import java.util.Map;",
      "import java.util.Optional;",
      "",
      "public class Shop {",
      "  public enum Status { NEW, @JsonProperty(\"paid\") PAID }",
      "",
      "  public record Line(String sku, int quantity, BigDecimal price) {}",
      "",
      "  public record Order(",
      "      @JsonProperty(\"order_id\") @JsonAlias(\"id\") String orderId,",
      "      List<Line> lines,",
      "      Status status,",
      "      Map<String, List<String>> tags,",
      "      Optional<String> note,",
      "      Instant placedAt,",
      "      long[] codes,",
      "      @JsonIgnore String internal,",
      "      @JsonInclude(JsonInclude.Include.ALWAYS) Boolean gift) {}",
      "",
      "  @LambdaHandler(\"shop\")",
      "  public static Order handle(Order order) {",
      "    return order;",
      "  }",
      "}",
      ""));

  private static Compilation compile(List<String> options, JavaFileObject... sources) {
    return javac().withProcessors(new SwitchboardProcessor()).withOptions(options).compile(sources);
  }

  private static String generated(Compilation compilation, String className) throws IOException {
    JavaFileObject file = compilation.generatedSourceFile(className)
        .orElseThrow(() -> new AssertionError("no generated source " + className));
    return file.getCharContent(true).toString();
  }

  private static List<String> notes(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.NOTE)
        .map(d -> d.getMessage(null))
        .toList();
  }

  @Test
  void aRecordGetsAGeneratedCodecMatchingTheGolden() throws IOException {
    Compilation compilation = compile(List.of(), SHOP);
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(List.of(), notes(compilation));
    String codec = generated(compilation, "test.Shop_OrderJsonCodec");
    GoldenFiles.assertMatchesGolden(GOLDEN, codec);
    assertTrue(generated(compilation, "test.Shop_LineJsonCodec").contains("public final class Shop_LineJsonCodec"));
    assertTrue(generated(compilation, "test.Shop_StatusJsonCodec").contains("new String[] {\"NEW\", \"paid\"}"));
    String table = generated(compilation, "test.SwitchboardHandlers");
    assertTrue(table.replaceAll("\\s+", " ").contains(
        "return new ObjectHandler(name, this, 0, null, Shop_OrderJsonCodec.INSTANCE, Shop_OrderJsonCodec.INSTANCE);"), table);
  }

  @Test
  void theOutputIsTheSameForTheSameSources() throws IOException {
    assertEquals(generated(compile(List.of(), SHOP), "test.Shop_OrderJsonCodec"),
        generated(compile(List.of(), SHOP), "test.Shop_OrderJsonCodec"));
  }

  @Test
  void namesIgnoredOnPurposeAreSkippedWithoutAWarning() throws IOException {
    JavaFileObject source = JavaFileObjects.forSourceString("test.Quiet", String.join("\n",
        "package test;",
        "",
        "import com.fasterxml.jackson.annotation.JsonIgnore;",
        "import com.fasterxml.jackson.annotation.JsonIgnoreProperties;",
        "import dev.switchboard.LambdaHandler;",
        "",
        "public class Quiet {",
        "  @JsonIgnoreProperties({\"legacy\", \"v1\"})",
        "  public static class Partly {",
        "    public String id;",
        "    @JsonIgnore public String secret;",
        "  }",
        "",
        "  @JsonIgnoreProperties(ignoreUnknown = true)",
        "  public record Lenient(String id) {}",
        "",
        "  @LambdaHandler(\"partly\")",
        "  public static String partly(Partly event) { return event.id; }",
        "",
        "  @LambdaHandler(\"lenient\")",
        "  public static String lenient(Lenient event) { return event.id(); }",
        "}",
        ""));
    Compilation compilation = compile(List.of(), source);
    assertThat(compilation).succeededWithoutWarnings();

    String partly = generated(compilation, "test.Quiet_PartlyJsonCodec");
    assertTrue(partly.contains("        case \"legacy\":\n        case \"v1\":\n        case \"secret\":\n"
        + "          parser.skipChildren();\n          break;\n"), partly);
    assertTrue(partly.contains("INSTANCE.skipUnknown(parser, name);"), partly);
    assertTrue(partly.contains("return List.of(\"id\");"), partly);

    String lenient = generated(compilation, "test.Quiet_LenientJsonCodec");
    assertTrue(lenient.contains("        default:\n          // @JsonIgnoreProperties(ignoreUnknown = true)\n"
        + "          parser.skipChildren();\n"), lenient);
    assertFalse(lenient.contains("skipUnknown"), lenient);
    assertFalse(lenient.contains("propertyNames"), lenient);
  }

  @Test
  void aCompiledTypeKeepsTheCodecCompiledWithIt(@org.junit.jupiter.api.io.TempDir Path classes) throws IOException {
    Compilation main = compile(List.of(), SHOP);
    assertThat(main).succeededWithoutWarnings();
    for (JavaFileObject file : main.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        Path target = classes.resolve(file.toUri().getPath().replaceFirst("^.*?/CLASS_OUTPUT/", ""));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.write(target, in.readAllBytes());
        }
      }
    }
    JavaFileObject tests = JavaFileObjects.forSourceString("other.ShopTests", String.join("\n",
        "package other;",
        "",
        "import dev.switchboard.LambdaHandler;",
        "import test.Shop;",
        "",
        "public class ShopTests {",
        "  @LambdaHandler(\"shop-test\")",
        "  public static Shop.Line first(Shop.Order order) {",
        "    return order.lines().get(0);",
        "  }",
        "}",
        ""));
    List<java.io.File> classpath = new java.util.ArrayList<>();
    classpath.add(classes.toFile());
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      classpath.add(new java.io.File(entry));
    }
    Compilation test = javac().withProcessors(new SwitchboardProcessor()).withClasspath(classpath).compile(tests);
    assertThat(test).succeededWithoutWarnings();
    assertFalse(test.generatedSourceFile("test.Shop_OrderJsonCodec").isPresent());
    assertTrue(generated(test, "other.SwitchboardHandlers").replaceAll("\\s+", " ").contains(
        "return new ObjectHandler(name, this, 0, null, Shop_OrderJsonCodec.INSTANCE, Shop_LineJsonCodec.INSTANCE);"));
  }

  private static final JavaFileObject FORMATTED = JavaFileObjects.forSourceString("test.Audit", String.join("\n",
      "package test;",
      "",
      "import com.fasterxml.jackson.annotation.JsonFormat;",
      "import dev.switchboard.LambdaHandler;",
      "import java.time.Instant;",
      "",
      "public class Audit {",
      "  public record Entry(String user, @JsonFormat(pattern = \"yyyy-MM-dd\") Instant at) {}",
      "",
      "  @LambdaHandler(\"audit\")",
      "  public static String handle(Entry entry) {",
      "    return entry.user();",
      "  }",
      "}",
      ""));

  @Test
  void anUnsupportedTypeFallsBackToDatabindWithANote() throws IOException {
    Compilation compilation = compile(List.of(), FORMATTED);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadNoteContaining("[SB020] handler 'audit' (test.Audit.handle): its event type test.Audit.Entry is bound by"
            + " jackson-databind at run time, not by a generated JSON codec, because test.Audit.Entry.at has"
            + " @JsonFormat, which the codec generator does not support. It works, at databind's cost in reflection"
            + " and cold start. To get a generated codec, remove the annotation, if the type can do without it"
            + " (-Aswitchboard.json=generated makes this an error)")
        .inFile(FORMATTED)
        .onLineContaining("@LambdaHandler");
    assertTrue(generated(compilation, "test.SwitchboardHandlers").contains("DatabindCodec.<Audit.Entry>of(Audit.Entry.class)"));
    assertFalse(compilation.generatedSourceFile("test.Audit_EntryJsonCodec").isPresent());
  }

  @Test
  void theGeneratedOptionMakesTheFallbackAnError() {
    Compilation compilation = compile(List.of("-Aswitchboard.json=generated"), FORMATTED);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[SB021] -Aswitchboard.json=generated requires a generated JSON codec for every record"
            + " and POJO a handler takes or returns; the event type test.Audit.Entry of handler 'audit'"
            + " (test.Audit.handle) cannot have one, because test.Audit.Entry.at has @JsonFormat")
        .inFile(FORMATTED)
        .onLineContaining("@LambdaHandler");
  }

  /** A POJO of {@code count} String properties, each with a getter and a setter, and a handler that takes it. */
  private static JavaFileObject wide(int count) {
    StringBuilder body = new StringBuilder("package test;\n\nimport dev.switchboard.LambdaHandler;\n\n"
        + "public class Wide {\n  public static class Event {\n");
    for (int i = 0; i < count; i++) {
      body.append("    private String p").append(i).append(";\n")
          .append("    public String getP").append(i).append("() { return p").append(i).append("; }\n")
          .append("    public void setP").append(i).append("(String v) { p").append(i).append(" = v; }\n");
    }
    body.append("  }\n\n  @LambdaHandler(\"wide\")\n  public static Event handle(Event event) {\n"
        + "    return event;\n  }\n}\n");
    return JavaFileObjects.forSourceString("test.Wide", body.toString());
  }

  @Test
  void aTypeTooLargeForGeneratedMethodsFallsBackToDatabind() {
    // 1,500 properties gave javac's "code too large" in the generated codec, with no processor message.
    JavaFileObject source = wide(1500);
    Compilation compilation = compile(List.of(), source);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadNoteContaining("[SB020] handler 'wide' (test.Wide.handle): its event type test.Wide.Event is bound by"
            + " jackson-databind at run time, not by a generated JSON codec, because test.Wide.Event has 1500"
            + " properties and aliases, more than the 1000 that a generated codec's methods can hold")
        .inFile(source).onLineContaining("@LambdaHandler");
    assertFalse(compilation.generatedSourceFile("test.Wide_EventJsonCodec").isPresent());
    assertThat(compile(List.of("-Aswitchboard.json=generated"), source))
        .hadErrorContaining("[SB021]");
  }

  @Test
  void aTypeAtTheSizeLimitGetsAGeneratedCodec() {
    Compilation compilation = compile(List.of(), wide(1000));
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(compilation.generatedSourceFile("test.Wide_EventJsonCodec").isPresent());
  }

  @Test
  void theGeneratedOptionAcceptsSupportedTypes() {
    assertThat(compile(List.of("-Aswitchboard.json=generated"), SHOP)).succeededWithoutWarnings();
  }

  @Test
  void theDatabindOptionGeneratesNoCodecs() throws IOException {
    Compilation compilation = compile(List.of("-Aswitchboard.json=databind"), SHOP);
    assertThat(compilation).succeededWithoutWarnings();
    assertFalse(compilation.generatedSourceFile("test.Shop_OrderJsonCodec").isPresent());
    assertTrue(generated(compilation, "test.SwitchboardHandlers").contains("DatabindCodec.<Shop.Order>of(Shop.Order.class)"));
    assertEquals(List.of(), notes(compilation));
  }

  @Test
  void aBadJsonOptionIsAnError() {
    Compilation compilation = compile(List.of("-Aswitchboard.json=fast"), SHOP);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(
        "[SB014] the processor option -Aswitchboard.json must be auto, generated or databind; found 'fast'");
  }

  /** A handler taking {@code Event}, declared with {@code body} in the same file. */
  private static JavaFileObject withEvent(String name, String body) {
    return JavaFileObjects.forSourceString("test." + name, String.join("\n",
        "package test;",
        "",
        "import com.fasterxml.jackson.annotation.*;",
        "import dev.switchboard.LambdaHandler;",
        "import java.util.*;",
        "",
        "public class " + name + " {",
        body,
        "",
        "  @LambdaHandler(\"h\")",
        "  public static void handle(Event event) {}",
        "}",
        ""));
  }

  private static void assertFallback(JavaFileObject source, String because) {
    Compilation compilation = compile(List.of(), source);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining(because).inFile(source).onLineContaining("@LambdaHandler");
  }

  @Test
  void eachUnsupportedShapeIsNamedInTheNote() {
    assertFallback(withEvent("A", "  public record Event(Shape shape) {}\n"
            + "  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME) public interface Shape {}"),
        "because test.A.Event.shape has the type test.A.Shape, which the codec generator does not support");
    assertFallback(withEvent("B", "  public static class Event {\n"
            + "    private String name;\n"
            + "    public String getName() { return name; }\n"
            + "    private void setName(String name) { this.name = name; }\n"
            + "  }"),
        "test.B.Event.name cannot be bound without reflection: its setter setName() is private or out of reach");
    assertFallback(withEvent("C", "  public static class Event {\n"
            + "    private final List<String> tags = new ArrayList<>();\n"
            + "    public List<String> getTags() { return tags; }\n"
            + "  }"),
        "test.C.Event.tags cannot be bound without reflection: databind sets its field by reflection");
    assertFallback(withEvent("D", "  public record Event(String a) {\n"
            + "    public String getB() { return a; }\n"
            + "    public String getC() { return a; }\n"
            + "  }"),
        "test.D.Event has the getters");
    assertFallback(withEvent("E", "  public record Event(Page<String> page) {}\n"
            + "  public record Page<T>(List<T> items) {}"),
        "test.E.Page is generic");
    assertFallback(withEvent("F", "  public record Event(@com.fasterxml.jackson.databind.annotation.JsonSerialize(using = com.fasterxml.jackson.databind.JsonSerializer.None.class) String a) {}"),
        "test.F.Event.a has @JsonSerialize, which the codec generator does not support");
    assertFallback(withEvent("G", "  public record Event(String a) {\n"
            + "    public Event(int n) { this(String.valueOf(n)); }\n"
            + "  }"),
        "because test.G.Event's constructor Event(int) may be used by databind to create the record from a"
            + " single JSON value");
    assertFallback(withEvent("H", "  public record Event(com.fasterxml.jackson.databind.JsonNode tree) {}"),
        "test.H.Event.tree has the type com.fasterxml.jackson.databind.JsonNode, which the codec generator does not"
            + " support");
  }

  @Test
  void pojosWithSupportedAnnotationsCompileCleanly() throws IOException {
    JavaFileObject source = withEvent("Pojo", String.join("\n",
        "  @JsonIgnoreProperties(ignoreUnknown = true)",
        "  public static class Event {",
        "    private String name;",
        "    @JsonProperty(\"e-mail\") private String email;",
        "    @JsonIgnore private String password;",
        "    public int count;",
        "    public String getName() { return name; }",
        "    public void setName(String name) { this.name = name; }",
        "    public String getEmail() { return email; }",
        "    @JsonAlias(\"mail\") public void setEmail(String email) { this.email = email; }",
        "    public String getPassword() { return password; }",
        "    public void setPassword(String password) { this.password = password; }",
        "  }",
        "  public static final class Money {",
        "    private final long cents;",
        "    private Money(long cents, boolean checked) { this.cents = cents; }",
        "    @JsonCreator public static Money of(@JsonProperty(\"cents\") long cents) { return new Money(cents, true); }",
        "    public long getCents() { return cents; }",
        "  }",
        "  @LambdaHandler(\"money\")",
        "  public static Money money(Money money) { return money; }"));
    Compilation compilation = compile(List.of("-Aswitchboard.json=generated"), source);
    assertThat(compilation).succeededWithoutWarnings();
    String pojo = generated(compilation, "test.Pojo_EventJsonCodec");
    assertTrue(pojo.contains("case \"mail\":"), pojo);
    assertFalse(pojo.contains("password"), pojo);
    assertTrue(generated(compilation, "test.Pojo_MoneyJsonCodec").contains("return Pojo.Money.of(cents);"));
  }
}
