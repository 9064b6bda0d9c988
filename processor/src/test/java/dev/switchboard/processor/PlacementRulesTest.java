package dev.switchboard.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.switchboard.processor.Compile.assertNothingGenerated;
import static dev.switchboard.processor.Compile.compile;
import static dev.switchboard.processor.Compile.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Where a handler may be and what it may be: SB004 (private), SB005 (enclosing class), SB006
 * (abstract), SB007 (no instance), SB008 (generic method), SB012 (generic class).
 */
class PlacementRulesTest {

  @Test
  void privateMethod() {
    JavaFileObject source = source("test.Secret", """
        package test;

        import dev.switchboard.LambdaHandler;

        public class Secret {
          @LambdaHandler("secret")
          private String handle(String event) {
            return event;
          }
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SB004] a @LambdaHandler method must not be private, since the generated dispatch"
            + " table calls it directly; test.Secret.handle is private. Make it public")
        .inFile(source).onLineContaining("@LambdaHandler(\"secret\")");
    assertNothingGenerated(source);
  }

  @Test
  void methodInPrivateClass() {
    JavaFileObject source = source("test.Outer", """
        package test;

        import dev.switchboard.LambdaHandler;

        public class Outer {
          private static class Hidden {
            @LambdaHandler("hidden")
            public String handle(String event) {
              return event;
            }
          }

          private static class HiddenParent {
            public static class Child {
              @LambdaHandler("hidden-child")
              public static String handle(String event) {
                return event;
              }
            }
          }
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[SB005] a @LambdaHandler method must be in a top-level or static nested class that"
            + " the dispatch table can reach; test.Outer.Hidden.handle is in the private class test.Outer.Hidden."
            + " Move it to a top-level class, or make the class static and not private")
        .inFile(source).onLineContaining("@LambdaHandler(\"hidden\")");
    assertThat(compilation)
        .hadErrorContaining("test.Outer.HiddenParent.Child.handle is in the private class test.Outer.HiddenParent.")
        .inFile(source).onLineContaining("@LambdaHandler(\"hidden-child\")");
    assertNothingGenerated(source);
  }

  @Test
  void methodInInnerClass() {
    JavaFileObject source = source("test.Holder", """
        package test;

        import dev.switchboard.LambdaHandler;

        public class Holder {
          public class Inner {
            @LambdaHandler("inner")
            public String handle(String event) {
              return event;
            }
          }
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SB005]").inFile(source).onLineContaining("@LambdaHandler(\"inner\")");
    assertThat(compilation).hadErrorContaining(
        "test.Holder.Inner.handle is in the inner (non-static) class test.Holder.Inner");
    assertNothingGenerated(source);
  }

  @Test
  void methodInLocalClass() {
    JavaFileObject source = source("test.Factory", """
        package test;

        import dev.switchboard.LambdaHandler;

        public class Factory {
          @LambdaHandler("visible")
          public static String visible(String event) {
            return event;
          }

          public static Object make() {
            class Local {
              @LambdaHandler("local")
              public String handle(String event) {
                return event;
              }
            }
            return new Local();
          }
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SB005]").inFile(source).onLineContaining("@LambdaHandler(\"local\")");
    assertThat(compilation).hadErrorContaining(
        "Local.handle is in the local class Local in test.Factory.make. Move it to a top-level class");
    assertNothingGenerated(source);
  }

  @Test
  void methodInAnonymousClass() {
    JavaFileObject source = source("test.Anonymous", """
        package test;

        import dev.switchboard.LambdaHandler;

        public class Anonymous {
          @LambdaHandler("visible")
          public static String visible(String event) {
            return event;
          }

          public static final Object HANDLER = new Object() {
            @LambdaHandler("anonymous")
            public String handle(String event) {
              return event;
            }
          };
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SB005]").inFile(source).onLineContaining("@LambdaHandler(\"anonymous\")");
    assertThat(compilation).hadErrorContaining(
        "; handle is in an anonymous class in test.Anonymous.HANDLER. Move it to a top-level class");
    assertNothingGenerated(source);
  }

  @Test
  void anonymousEnumConstantBodyAndQualifiedAnnotation() {
    JavaFileObject source = source("test.Modes", """
        package test;

        public enum Modes {
          FAST {
            @dev.switchboard.LambdaHandler("fast")
            public String handle(String event) {
              return event;
            }
          };

          @dev.switchboard.LambdaHandler("visible")
          public static String visible(String event) {
            return event;
          }
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SB005]").inFile(source).onLineContaining("@dev.switchboard.LambdaHandler(\"fast\")");
    assertThat(compilation).hadErrorContaining("handle is in an anonymous class in test.Modes.FAST");
  }

  @Test
  void otherAnnotationNamedLambdaHandlerInLocalClassIsNotOurs() {
    JavaFileObject other = source("other.LambdaHandler", """
        package other;

        public @interface LambdaHandler {
          String value();
        }
        """);
    JavaFileObject source = source("test.Mixed", """
        package test;

        import other.LambdaHandler;

        public class Mixed {
          @dev.switchboard.LambdaHandler("visible")
          public static String visible(String event) {
            return event;
          }

          public static Object make() {
            class Local {
              @LambdaHandler("not-ours")
              public String handle(String event) {
                return event;
              }
            }
            return new Local();
          }
        }
        """);
    Compilation compilation = compile(other, source);
    Compile.assertCleanSuccess(compilation);
  }

  @Test
  void abstractMethod() {
    JavaFileObject source = source("test.Base", """
        package test;

        import dev.switchboard.LambdaHandler;

        public abstract class Base {
          @LambdaHandler("abstract")
          public abstract String handle(String event);
        }
        """);
    JavaFileObject api = source("test.Api", """
        package test;

        import dev.switchboard.LambdaHandler;

        public interface Api {
          @LambdaHandler("interface-abstract")
          String handle(String event);
        }
        """);
    Compilation compilation = compile(source, api);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[SB006] a @LambdaHandler method must have a body; test.Base.handle is abstract."
            + " Annotate the implementing method in a concrete class instead")
        .inFile(source).onLineContaining("@LambdaHandler(\"abstract\")");
    assertThat(compilation)
        .hadErrorContaining("[SB006] a @LambdaHandler method must have a body; test.Api.handle is abstract.")
        .inFile(api).onLineContaining("@LambdaHandler(\"interface-abstract\")");
    assertNothingGenerated(source, api);
  }

  @Test
  void instanceMethodInAbstractClass() {
    JavaFileObject source = source("test.Partial", """
        package test;

        import dev.switchboard.LambdaHandler;

        public abstract class Partial {
          @LambdaHandler("partial")
          public String handle(String event) {
            return event;
          }
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SB007] an instance @LambdaHandler method needs a class the runtime can create"
            + " with 'new'; test.Partial.handle is an instance method and test.Partial is abstract. Add a public"
            + " no-argument constructor, or make the method static")
        .inFile(source).onLineContaining("@LambdaHandler(\"partial\")");
    assertNothingGenerated(source);
  }

  @Test
  void defaultMethodInInterface() {
    JavaFileObject source = source("test.Greeter", """
        package test;

        import dev.switchboard.LambdaHandler;

        public interface Greeter {
          @LambdaHandler("greet")
          default String greet(String event) {
            return "Hello " + event;
          }
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SB007]").inFile(source).onLineContaining("@LambdaHandler(\"greet\")");
    assertThat(compilation).hadErrorContaining("test.Greeter.greet is an instance method and test.Greeter is an interface");
    assertNothingGenerated(source);
  }

  @Test
  void instanceMethodInEnum() {
    JavaFileObject source = source("test.Level", """
        package test;

        import dev.switchboard.LambdaHandler;

        public enum Level {
          LOW;

          @LambdaHandler("level")
          public String handle(String event) {
            return event + name();
          }
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SB007]").inFile(source).onLineContaining("@LambdaHandler(\"level\")");
    assertThat(compilation).hadErrorContaining("test.Level.handle is an instance method and test.Level is an enum");
    assertNothingGenerated(source);
  }

  @Test
  void instanceMethodWithoutNoArgConstructor() {
    JavaFileObject source = source("test.Configured", """
        package test;

        import dev.switchboard.LambdaHandler;

        public class Configured {
          private final String prefix;

          public Configured(String prefix) {
            this.prefix = prefix;
          }

          @LambdaHandler("configured")
          public String handle(String event) {
            return prefix + event;
          }
        }
        """);
    JavaFileObject hidden = source("test.Singleton", """
        package test;

        import dev.switchboard.LambdaHandler;

        public class Singleton {
          private Singleton() {}

          @LambdaHandler("singleton")
          public String handle(String event) {
            return event;
          }
        }
        """);
    JavaFileObject record = source("test.Settings", """
        package test;

        import dev.switchboard.LambdaHandler;

        public record Settings(String prefix) {
          @LambdaHandler("settings")
          public String handle(String event) {
            return prefix + event;
          }
        }
        """);
    Compilation compilation = compile(source, hidden, record);
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation)
        .hadErrorContaining("test.Configured.handle is an instance method and test.Configured has no no-argument"
            + " constructor. Add a public no-argument constructor, or make the method static")
        .inFile(source).onLineContaining("@LambdaHandler(\"configured\")");
    assertThat(compilation)
        .hadErrorContaining("[SB007] an instance @LambdaHandler method needs a class the runtime can create with"
            + " 'new'; test.Singleton.handle is an instance method and test.Singleton has a private no-argument"
            + " constructor")
        .inFile(hidden).onLineContaining("@LambdaHandler(\"singleton\")");
    assertThat(compilation)
        .hadErrorContaining("test.Settings.handle is an instance method and test.Settings has no no-argument constructor")
        .inFile(record).onLineContaining("@LambdaHandler(\"settings\")");
    assertNothingGenerated(source, hidden, record);
  }

  @Test
  void genericMethod() {
    JavaFileObject source = source("test.Generic", """
        package test;

        import dev.switchboard.LambdaHandler;
        import java.util.List;

        public class Generic {
          @LambdaHandler("generic")
          public static <T extends Comparable<T>, U> String handle(String event) {
            return event;
          }
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SB008] a @LambdaHandler method must not declare type parameters, since Lambda gives"
            + " it no type arguments; test.Generic.handle declares <T, U>. Use concrete types, such as"
            + " Map<String, Object> or a record")
        .inFile(source).onLineContaining("@LambdaHandler(\"generic\")");
    assertNothingGenerated(source);
  }

  @Test
  void genericMethodWithTypeVariableEvent() {
    JavaFileObject source = source("test.Identity", """
        package test;

        import dev.switchboard.LambdaHandler;

        public class Identity {
          @LambdaHandler("identity")
          public static <T> T handle(T event) {
            return event;
          }
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[SB008]").inFile(source).onLineContaining("@LambdaHandler(\"identity\")");
    assertThat(compilation)
        .hadErrorContaining("[SB009]").inFile(source).onLineContaining("@LambdaHandler(\"identity\")");
    assertThat(compilation).hadErrorContaining("test.Identity.handle takes T, and T is a type variable");
    assertNothingGenerated(source);
  }

  @Test
  void instanceMethodInGenericClass() {
    JavaFileObject source = source("test.Repository", """
        package test;

        import dev.switchboard.LambdaHandler;
        import java.util.Map;

        public class Repository<K, V> {
          @LambdaHandler("repository")
          public String handle(Map<String, Object> event) {
            return "x";
          }

          @LambdaHandler("repository-static")
          public static String size(Map<String, Object> event) {
            return Integer.toString(event.size());
          }
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SB012] an instance @LambdaHandler method must be in a class without type parameters,"
            + " since the runtime creates it with 'new' and no type arguments; test.Repository.handle declares"
            + " <K, V>. Move the handler to a non-generic class, or make the method static")
        .inFile(source).onLineContaining("@LambdaHandler(\"repository\")");
    assertNothingGenerated(source);
  }
}
