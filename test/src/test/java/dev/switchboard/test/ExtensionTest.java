package dev.switchboard.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.Events;

@ExtendWith(SwitchboardExtension.class)
class ExtensionTest {
  static LambdaInvoker shared;
  private LambdaInvoker lambda;
  private LambdaInvoker fromBeforeEach;

  @BeforeEach
  void setUp(LambdaInvoker invoker) {
    fromBeforeEach = invoker;
  }

  @Test
  void injectsFieldsAndParametersWithTheClasssOneInvoker(LambdaInvoker parameter) {
    assertNotNull(lambda);
    assertSame(lambda, parameter);
    assertSame(lambda, shared, "static fields are set before the class's tests");
    assertSame(lambda, fromBeforeEach);
    assertEquals("{\"message\":\"Hello Ada!\"}", lambda.invoke("greet", "{\"name\": \"Ada\"}").json());
  }

  @Nested
  class Inner {
    @Test
    void sharesItsOuterClasssInvoker(LambdaInvoker parameter) {
      assertSame(lambda, parameter);
    }
  }

  @Test
  void eachTestClassHasItsOwnEnvironment(LambdaInvoker parameter) {
    Events events = run(CountsInvocations.class);

    events.assertStatistics(stats -> stats.started(2).succeeded(2));
    assertEquals(2, CountsInvocations.last, "the second test saw the handler's second invocation");
    assertTrue(parameter != CountsInvocations.invoker, "another class, another invoker");
  }

  @Test
  void aFinalFieldIsAConfigurationError() {
    Events events = run(FinalField.class);

    events.assertStatistics(stats -> stats.failed(1).succeeded(0));
    String message = events.failed().list().get(0).getPayload(org.junit.platform.engine.TestExecutionResult.class)
        .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable).map(Throwable::getMessage).orElse("");
    assertTrue(message.startsWith("SwitchboardExtension cannot set the final field"), message);
  }

  static Events run(Class<?> testClass) {
    return TestKit.run(testClass).testEvents();
  }

  /** Run by the tests above through the test kit, not by the build directly (a nested class). */
  @TestKit.Only
  @ExtendWith(SwitchboardExtension.class)
  @org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.MethodName.class)
  static class CountsInvocations {
    static volatile int last;
    static volatile LambdaInvoker invoker;

    @Test
    void a(LambdaInvoker lambda) {
      invoker = lambda;
      last = lambda.invoke("context", "{}").tree().get("invocation").asInt();
    }

    @Test
    void b(LambdaInvoker lambda) {
      assertSame(invoker, lambda);
      last = lambda.invoke("context", "{}").tree().get("invocation").asInt();
    }
  }

  /** A field the extension cannot set. */
  @TestKit.Only
  @ExtendWith(SwitchboardExtension.class)
  static class FinalField {
    final LambdaInvoker lambda = null;

    @Test
    void test() {}
  }
}
