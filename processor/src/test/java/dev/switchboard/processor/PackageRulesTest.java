package dev.switchboard.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.switchboard.processor.Compile.assertCleanSuccess;
import static dev.switchboard.processor.Compile.assertNothingGenerated;
import static dev.switchboard.processor.Compile.compile;
import static dev.switchboard.processor.Compile.source;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The table's package and what it can reach: the default (the handlers' common package), the fallback,
 * {@code -Aswitchboard.package}, SB013 (access from the table's package), SB014 (a bad option) and
 * SB017 (the unnamed package).
 */
class PackageRulesTest {
  private static final JavaFileObject ORDERS = source("com.acme.shop.orders.Orders", """
      package com.acme.shop.orders;

      import dev.switchboard.LambdaHandler;

      public class Orders {
        @LambdaHandler("orders")
        public static String place(String event) {
          return event;
        }
      }
      """);
  private static final JavaFileObject BILLING = source("com.acme.shop.billing.Billing", """
      package com.acme.shop.billing;

      import dev.switchboard.LambdaHandler;

      public class Billing {
        @LambdaHandler("billing")
        public String charge(String event) {
          return event;
        }
      }
      """);
  private static final JavaFileObject ELSEWHERE = source("org.other.Elsewhere", """
      package org.other;

      import dev.switchboard.LambdaHandler;

      public class Elsewhere {
        @LambdaHandler("elsewhere")
        public static String handle(String event) {
          return event;
        }
      }
      """);

  @Test
  void defaultPackageIsTheHandlersCommonPackage() {
    Compilation compilation = compile(ORDERS, BILLING);
    assertCleanSuccess(compilation);
    assertThat(compilation).generatedSourceFile("com.acme.shop.SwitchboardHandlers").isNotNull();
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/services/dev.switchboard.internal.HandlerTable")
        .contentsAsUtf8String().isEqualTo("com.acme.shop.SwitchboardHandlers\n");
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/switchboard/handlers.json")
        .contentsAsUtf8String().contains("\"table\": \"com.acme.shop.SwitchboardHandlers\",");
  }

  @Test
  void oneHandlerPackageIsTheTablePackage() {
    Compilation compilation = compile(ORDERS);
    assertCleanSuccess(compilation);
    assertThat(compilation).generatedSourceFile("com.acme.shop.orders.SwitchboardHandlers").isNotNull();
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/services/dev.switchboard.internal.HandlerTable")
        .contentsAsUtf8String().isEqualTo("com.acme.shop.orders.SwitchboardHandlers\n");
  }

  @Test
  void packagesWithNothingInCommonFallBack() {
    Compilation compilation = compile(ORDERS, ELSEWHERE);
    assertCleanSuccess(compilation);
    assertThat(compilation).generatedSourceFile("dev.switchboard.generated.SwitchboardHandlers").isNotNull();
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/services/dev.switchboard.internal.HandlerTable")
        .contentsAsUtf8String().isEqualTo("dev.switchboard.generated.SwitchboardHandlers\n");
  }

  @Test
  void commonPackageIsByWholeNamesNotCharacters() {
    JavaFileObject shopping = source("com.acme.shopping.Cart", """
        package com.acme.shopping;

        import dev.switchboard.LambdaHandler;

        public class Cart {
          @LambdaHandler("cart")
          public static String add(String event) {
            return event;
          }
        }
        """);
    Compilation compilation = compile(ORDERS, shopping);
    assertCleanSuccess(compilation);
    assertThat(compilation).generatedSourceFile("com.acme.SwitchboardHandlers").isNotNull();
  }

  @Test
  void packageOptionIsHonoured() {
    Compilation compilation = compile(List.of("-Aswitchboard.package=com.acme.generated"), ORDERS, BILLING);
    assertCleanSuccess(compilation);
    assertThat(compilation).generatedSourceFile("com.acme.generated.SwitchboardHandlers")
        .contentsAsUtf8String().contains("package com.acme.generated;");
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/services/dev.switchboard.internal.HandlerTable")
        .contentsAsUtf8String().isEqualTo("com.acme.generated.SwitchboardHandlers\n");
    assertThat(compilation.generatedSourceFiles()).hasSize(1);
  }

  @Test
  void packageOptionMayBeAHandlerPackage() {
    JavaFileObject hidden = source("com.acme.shop.orders.Internal", """
        package com.acme.shop.orders;

        import dev.switchboard.LambdaHandler;

        class Internal {
          @LambdaHandler("internal")
          static String handle(String event) {
            return event;
          }
        }
        """);
    Compilation compilation = compile(List.of("-Aswitchboard.package=com.acme.shop.orders"), ORDERS, hidden, BILLING);
    assertCleanSuccess(compilation);
    assertThat(compilation).generatedSourceFile("com.acme.shop.orders.SwitchboardHandlers").isNotNull();
  }

  @Test
  void handlerNotReachableFromTablePackage() {
    JavaFileObject hiddenClass = source("com.acme.shop.orders.Refunds", """
        package com.acme.shop.orders;

        import dev.switchboard.LambdaHandler;

        class Refunds {
          @LambdaHandler("refunds")
          public static String refund(String event) {
            return event;
          }
        }
        """);
    JavaFileObject hiddenMethod = source("com.acme.shop.billing.Invoices", """
        package com.acme.shop.billing;

        import dev.switchboard.LambdaHandler;

        public class Invoices {
          @LambdaHandler("invoices")
          static String send(String event) {
            return event;
          }
        }
        """);
    JavaFileObject hiddenConstructor = source("com.acme.shop.billing.Taxes", """
        package com.acme.shop.billing;

        import dev.switchboard.LambdaHandler;

        public class Taxes {
          protected Taxes() {}

          @LambdaHandler("taxes")
          public String compute(String event) {
            return event;
          }
        }
        """);
    JavaFileObject hiddenOuter = source("com.acme.shop.billing.Ledger", """
        package com.acme.shop.billing;

        import dev.switchboard.LambdaHandler;

        class Ledger {
          public static class Entries {
            @LambdaHandler("ledger")
            public static String list(String event) {
              return event;
            }
          }
        }
        """);
    Compilation compilation = compile(ORDERS, hiddenClass, hiddenMethod, hiddenConstructor, hiddenOuter);
    assertThat(compilation).hadErrorCount(4);
    assertThat(compilation)
        .hadErrorContaining("[SB013] the dispatch table is generated in package com.acme.shop and calls handlers"
            + " directly, so a handler in another package must be public, in public classes;"
            + " com.acme.shop.orders.Refunds.refund is not (the class com.acme.shop.orders.Refunds is not"
            + " public). Make the class Refunds public, or set -Aswitchboard.package to the handler's package")
        .inFile(hiddenClass).onLineContaining("@LambdaHandler(\"refunds\")");
    assertThat(compilation)
        .hadErrorContaining("com.acme.shop.billing.Invoices.send is not (the method is not public)")
        .inFile(hiddenMethod).onLineContaining("@LambdaHandler(\"invoices\")");
    assertThat(compilation)
        .hadErrorContaining("com.acme.shop.billing.Taxes.compute is not (its no-argument constructor is not public)")
        .inFile(hiddenConstructor).onLineContaining("@LambdaHandler(\"taxes\")");
    assertThat(compilation)
        .hadErrorContaining("com.acme.shop.billing.Ledger.Entries.list is not (the class"
            + " com.acme.shop.billing.Ledger is not public)")
        .inFile(hiddenOuter).onLineContaining("@LambdaHandler(\"ledger\")");
    assertNothingGenerated(ORDERS, hiddenClass, hiddenMethod, hiddenConstructor, hiddenOuter);
  }

  @Test
  void packageOptionMakesSamePackageHandlerUnreachable() {
    JavaFileObject hidden = source("com.acme.shop.orders.Internal", """
        package com.acme.shop.orders;

        import dev.switchboard.LambdaHandler;

        class Internal {
          @LambdaHandler("internal")
          public static String handle(String event) {
            return event;
          }
        }
        """);
    List<String> options = List.of("-Aswitchboard.package=com.acme.generated");
    Compilation compilation = compile(options, ORDERS, hidden);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SB013] the dispatch table is generated in package com.acme.generated")
        .inFile(hidden).onLineContaining("@LambdaHandler(\"internal\")");
    assertNothingGenerated(options, ORDERS, hidden);
  }

  @ParameterizedTest
  @ValueSource(strings = {"not a package", "1st.handlers", "com.example.class", "com..example", "com.example."})
  void badPackageOption(String value) {
    List<String> options = List.of("-Aswitchboard.package=" + value);
    Compilation compilation = compile(options, ORDERS);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(
        "[SB014] the processor option -Aswitchboard.package must be a Java package name such as"
            + " com.example.handlers; found '" + value + "'. Fix the option in the compiler arguments");
    assertNothingGenerated(options, ORDERS);
  }

  @Test
  void handlerInUnnamedPackage() {
    JavaFileObject source = source("Hello", """
        import dev.switchboard.LambdaHandler;

        public class Hello {
          @LambdaHandler("hello")
          public static String handle(String event) {
            return event;
          }
        }
        """);
    Compilation compilation = compile(source, ORDERS);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SB017] a @LambdaHandler method must be in a class that has a package, since the"
            + " generated dispatch table cannot refer to classes in the unnamed package; Hello.handle is in the"
            + " unnamed package. Add a package declaration to its file")
        .inFile(source).onLineContaining("@LambdaHandler(\"hello\")");
    assertNothingGenerated(source, ORDERS);
  }
}
