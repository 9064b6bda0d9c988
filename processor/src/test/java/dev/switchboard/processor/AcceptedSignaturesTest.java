package dev.switchboard.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.switchboard.processor.Compile.assertCleanSuccess;
import static dev.switchboard.processor.Compile.compile;
import static dev.switchboard.processor.Compile.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Every accepted signature form compiles, generated table included, with no warning at all under
 * {@code -Xlint:all,-processing}.
 */
class AcceptedSignaturesTest {

  @Test
  void objectFormsStaticAndInstance() {
    JavaFileObject source = source("test.forms.Forms", """
        package test.forms;

        import dev.switchboard.Context;
        import dev.switchboard.LambdaHandler;
        import java.util.Map;

        public class Forms {
          @LambdaHandler("static-event")
          public static String staticEvent(String event) {
            return event;
          }

          @LambdaHandler("static-event-context")
          public static String staticEventContext(String event, Context context) {
            return event + context.getAwsRequestId();
          }

          @LambdaHandler("instance-event")
          public String instanceEvent(Map<String, Object> event) {
            return event.toString();
          }

          @LambdaHandler("instance-event-context")
          public String instanceEventContext(Map<String, Object> event, Context context) {
            return event.toString();
          }

          @LambdaHandler
          String packagePrivateDefaultName(String event) throws java.io.IOException {
            return event;
          }

          @LambdaHandler("protected")
          protected String protectedMethod(String event) throws Exception {
            return event;
          }
        }
        """);
    Compilation compilation = compile(source);
    assertCleanSuccess(compilation);
    assertTableHasExactly(compilation, "test.forms.SwitchboardHandlers",
        "instance-event", "instance-event-context", "protected", "static-event", "static-event-context",
        "test.forms.Forms::packagePrivateDefaultName");
  }

  @Test
  void streamFormsStaticAndInstance() {
    JavaFileObject source = source("test.streams.Streams", """
        package test.streams;

        import dev.switchboard.Context;
        import dev.switchboard.LambdaHandler;
        import java.io.IOException;
        import java.io.InputStream;
        import java.io.OutputStream;

        public class Streams {
          @LambdaHandler("stream")
          public void stream(InputStream in, OutputStream out) throws IOException {
            in.transferTo(out);
          }

          @LambdaHandler("stream-context")
          public void streamContext(InputStream in, OutputStream out, Context context) throws IOException {
            in.transferTo(out);
          }

          @LambdaHandler("static-stream")
          public static void staticStream(InputStream in, OutputStream out) throws IOException {
            in.transferTo(out);
          }

          @LambdaHandler("static-stream-context")
          public static long staticStreamContext(InputStream in, OutputStream out, Context context)
              throws IOException {
            return in.transferTo(out);
          }
        }
        """);
    Compilation compilation = compile(source);
    assertCleanSuccess(compilation);
    assertTableHasExactly(compilation, "test.streams.SwitchboardHandlers",
        "static-stream", "static-stream-context", "stream", "stream-context");
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/switchboard/handlers.json")
        .contentsAsUtf8String().contains("\"kind\": \"stream\"");
  }

  @Test
  void everyEventAndReturnType() {
    JavaFileObject source = source("test.types.Types", """
        package test.types;

        import com.fasterxml.jackson.databind.JsonNode;
        import dev.switchboard.Context;
        import dev.switchboard.LambdaHandler;
        import java.math.BigDecimal;
        import java.math.BigInteger;
        import java.time.Instant;
        import java.util.Collection;
        import java.util.List;
        import java.util.Map;
        import java.util.Set;

        public class Types {
          public record Item(String sku, int quantity, BigDecimal price) {}

          public record Order(String id, List<Item> items, Instant placedAt) {}

          public static class Pojo {
            private String name;

            public String getName() {
              return name;
            }

            public void setName(String name) {
              this.name = name;
            }
          }

          @LambdaHandler("object")
          public static Object object(Object event) {
            return event;
          }

          @LambdaHandler("map")
          public static Map<String, Object> map(Map<String, Object> event) {
            return event;
          }

          @SuppressWarnings("rawtypes")
          @LambdaHandler("raw-map")
          public static Map rawMap(Map event) {
            return event;
          }

          @LambdaHandler("map-wildcard")
          public static Map<String, ?> mapWildcard(Map<String, ?> event) {
            return event;
          }

          @LambdaHandler("map-integer-keys")
          public static Map<Integer, String> mapIntegerKeys(Map<Integer, String> event) {
            return event;
          }

          @LambdaHandler("list-wildcard")
          public static List<?> listWildcard(List<?> event) {
            return event;
          }

          @LambdaHandler("list-extends")
          public static Number listExtends(List<? extends Number> event) {
            return event.isEmpty() ? 0 : event.get(0);
          }

          @LambdaHandler("list-of-records")
          public static List<Item> listOfRecords(List<Item> event) {
            return event;
          }

          @LambdaHandler("nested-generics")
          public static Map<String, List<Map<String, Integer>>> nested(Map<String, List<Map<String, Integer>>> event) {
            return event;
          }

          @LambdaHandler("collection")
          public static Collection<String> collection(Collection<String> event) {
            return event;
          }

          @LambdaHandler("set")
          public static Set<Long> set(Set<Long> event) {
            return event;
          }

          @LambdaHandler("json-node")
          public static JsonNode jsonNode(JsonNode event) {
            return event;
          }

          @LambdaHandler("bytes")
          public static byte[] bytes(byte[] event) {
            return event;
          }

          @LambdaHandler("string-array")
          public static String[] stringArray(String[] event) {
            return event;
          }

          @LambdaHandler("record")
          public Order record(Order event, Context context) {
            return event;
          }

          @LambdaHandler("pojo")
          public Pojo pojo(Pojo event) {
            return event;
          }

          @LambdaHandler("int")
          public static int primitiveInt(int event) {
            return event + 1;
          }

          @LambdaHandler("boolean")
          public static boolean primitiveBoolean(boolean event) {
            return !event;
          }

          @LambdaHandler("long-double")
          public static double longToDouble(long event) {
            return event / 2.0;
          }

          @LambdaHandler("char")
          public static char character(char event) {
            return event;
          }

          @LambdaHandler("boxed")
          public static Integer boxed(Integer event) {
            return event;
          }

          @LambdaHandler("big")
          public static BigDecimal big(BigInteger event) {
            return new BigDecimal(event);
          }

          @LambdaHandler("char-sequence")
          public static CharSequence charSequence(CharSequence event) {
            return event;
          }

          @LambdaHandler("number")
          public static Number number(Number event) {
            return event;
          }

          @LambdaHandler("void")
          public static void nothing(Map<String, Object> event, Context context) {
            context.getLogger().log(event.toString());
          }

          @LambdaHandler("instant")
          public static Instant instant(Instant event) {
            return event;
          }
        }
        """);
    Compilation compilation = compile(source);
    assertCleanSuccess(compilation);
    assertTableHasExactly(compilation, "test.types.SwitchboardHandlers",
        "big", "boolean", "boxed", "bytes", "char", "char-sequence", "collection", "instant", "int", "json-node",
        "list-extends", "list-of-records", "list-wildcard", "long-double", "map", "map-integer-keys",
        "map-wildcard", "nested-generics", "number", "object", "pojo", "raw-map", "record", "set", "string-array",
        "void");
  }

  @Test
  void placementsThatAreAllowed() {
    JavaFileObject source = source("test.places.Places", """
        package test.places;

        import dev.switchboard.LambdaHandler;

        public class Places {
          public Places() {}

          public static class Nested {
            @LambdaHandler("nested-instance")
            public String handle(String event) {
              return event;
            }

            public static class Deeper {
              @LambdaHandler("deeper-static")
              public static String handle(String event) {
                return event;
              }
            }
          }

          public interface Api {
            @LambdaHandler("interface-static")
            static String handle(String event) {
              return event;
            }
          }

          public abstract static class Base {
            @LambdaHandler("abstract-class-static")
            public static String handle(String event) {
              return event;
            }
          }

          public enum Mode {
            ON;

            @LambdaHandler("enum-static")
            public static String handle(String event) {
              return event;
            }
          }

          public record Settings(String prefix) {
            public Settings() {
              this("> ");
            }

            @LambdaHandler("record-instance")
            public String handle(String event) {
              return prefix + event;
            }
          }

          public static class Box<T> {
            @LambdaHandler("generic-class-static")
            public static String handle(String event) {
              return event;
            }
          }

          static final class PackagePrivate {
            @LambdaHandler("package-private-class")
            String handle(String event) {
              return event;
            }
          }
        }
        """);
    Compilation compilation = compile(source);
    assertCleanSuccess(compilation);
    assertTableHasExactly(compilation, "test.places.SwitchboardHandlers",
        "abstract-class-static", "deeper-static", "enum-static", "generic-class-static", "interface-static",
        "nested-instance", "package-private-class", "record-instance");
  }

  @Test
  void defaultNamesUseBinaryClassNames() {
    JavaFileObject source = source("test.names.Outer", """
        package test.names;

        import dev.switchboard.LambdaHandler;

        public class Outer {
          @LambdaHandler
          public static String top(String event) {
            return event;
          }

          public static class Inner {
            @LambdaHandler
            public static String nested(String event) {
              return event;
            }
          }
        }
        """);
    Compilation compilation = compile(source);
    assertCleanSuccess(compilation);
    assertTableHasExactly(compilation, "test.names.SwitchboardHandlers",
        "test.names.Outer$Inner::nested", "test.names.Outer::top");
  }

  @Test
  void lintIsOnSoTheseTestsWouldSeeAWarning() {
    JavaFileObject source = source("test.lint.Raw", """
        package test.lint;

        import dev.switchboard.LambdaHandler;
        import java.util.List;

        public class Raw {
          @LambdaHandler("raw")
          public static int size(List event) {
            return event.size();
          }
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("raw type").inFile(source).onLineContaining("List event");
  }

  @Test
  void deprecatedHandlersAndRawTypesInBoundsGiveNoWarningInTheTable() {
    // The application's own uses of deprecated code warn where they are; the table must not add its own
    // (a removal warning shows without -Xlint and fails a -Werror build).
    JavaFileObject legacy = source("test.old.Legacy", """
        package test.old;

        import dev.switchboard.LambdaHandler;
        import java.util.List;
        import java.util.Map;
        import java.util.Optional;

        @Deprecated
        public class Legacy {
          @Deprecated
          public Legacy() {}

          @LambdaHandler("legacy")
          public String handle(Old event) {
            return String.valueOf(event);
          }

          @LambdaHandler("gone")
          @Deprecated(forRemoval = true)
          public static String gone(String event) {
            return event;
          }

          @SuppressWarnings("rawtypes")
          @LambdaHandler("raw-bound")
          public static Optional<? extends Map> rawBound(List<? extends Map> event) {
            return event.stream().findFirst();
          }
        }
        """);
    JavaFileObject old = source("test.old.Old", """
        package test.old;

        @Deprecated(forRemoval = true)
        public record Old(String value) {}
        """);
    Compilation compilation = compile(List.of("-Aswitchboard.json=databind"), legacy, old);
    assertThat(compilation).succeeded();
    for (javax.tools.Diagnostic<? extends JavaFileObject> warning : compilation.warnings()) {
      assertThat(warning.getSource() == null ? "" : warning.getSource().getName())
          .doesNotContain("SwitchboardHandlers");
    }
  }

  /** Fails unless the table's {@code case} labels are exactly {@code names}, in this order. */
  private static void assertTableHasExactly(Compilation compilation, String table, String... names) {
    String text;
    try {
      text = compilation.generatedSourceFile(table).orElseThrow().getCharContent(false).toString();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    Matcher cases = Pattern.compile("case \"([^\"]*)\":").matcher(text);
    java.util.List<String> found = new java.util.ArrayList<>();
    while (cases.find()) {
      found.add(cases.group(1));
    }
    assertThat(found).containsExactlyElementsIn(names).inOrder();
  }
}
