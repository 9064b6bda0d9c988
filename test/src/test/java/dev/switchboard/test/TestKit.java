package dev.switchboard.test;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Runs fixture test classes through JUnit's test kit, so tests can check how they ran and failed. */
final class TestKit {
  private static final String PARAMETER = "switchboard.test.kit";

  private TestKit() {}

  /** Runs the Jupiter tests of one class. */
  static EngineExecutionResults run(Class<?> testClass) {
    return EngineTestKit.engine("junit-jupiter")
        .configurationParameter(PARAMETER, "true")
        .selectors(selectClass(testClass))
        .execute();
  }

  /** A fixture class, which runs only through {@link #run}: the build, and {@code -Dtest=...}, skip it. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @ExtendWith(OnlyCondition.class)
  @interface Only {}

  /** Enables a fixture class only inside the test kit. */
  static final class OnlyCondition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return context.getConfigurationParameter(PARAMETER).isPresent()
          ? ConditionEvaluationResult.enabled("run by the test kit")
          : ConditionEvaluationResult.disabled("a fixture of another test, run through the test kit");
    }
  }
}
