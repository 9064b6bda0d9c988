package dev.switchboard.test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * The JUnit 5 extension that gives tests a {@link LambdaInvoker}: as a parameter of a test, lifecycle
 * method or constructor, and in every field of type {@code LambdaInvoker} that is not final (static
 * fields before the class's tests, instance fields in each test instance).
 *
 * <pre>{@code
 * @ExtendWith(SwitchboardExtension.class)
 * class HelloTest {
 *   @Test
 *   void greets(LambdaInvoker lambda) {
 *     InvocationResult result = lambda.invoke("hello", "{\"first_name\":\"Ada\",\"last_name\":\"Lovelace\"}");
 *     assertEquals("Hello Ada Lovelace!", result.tree().get("message").asText());
 *     assertTrue(result.logs().contains("Hello Ada Lovelace!"));
 *   }
 * }
 * }</pre>
 *
 * <p>Each test class gets one invoker, which stands for one execution environment: a handler is
 * created on its first invocation in the class and kept for the class's other tests, as Lambda keeps
 * it between warm invocations; a nested class shares its outer class's. A test that needs a cold
 * start calls {@link LambdaInvoker#create()}.
 */
public final class SwitchboardExtension implements BeforeAllCallback, TestInstancePostProcessor, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SwitchboardExtension.class);

  /** Creates the extension; JUnit does, for {@code @ExtendWith(SwitchboardExtension.class)}. */
  public SwitchboardExtension() {}

  @Override
  public void beforeAll(ExtensionContext context) throws IllegalAccessException {
    Class<?> testClass = context.getRequiredTestClass();
    for (Field field : invokerFields(testClass)) {
      if (Modifier.isStatic(field.getModifiers())) {
        inject(field, null, context);
      }
    }
  }

  @Override
  public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws IllegalAccessException {
    for (Field field : invokerFields(testInstance.getClass())) {
      if (!Modifier.isStatic(field.getModifiers())) {
        inject(field, testInstance, context);
      }
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == LambdaInvoker.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return invoker(context);
  }

  private static void inject(Field field, Object target, ExtensionContext context) throws IllegalAccessException {
    if (Modifier.isFinal(field.getModifiers())) {
      throw new ExtensionConfigurationException("SwitchboardExtension cannot set the final field " + field
          + ": remove 'final', or take the LambdaInvoker as a parameter");
    }
    field.setAccessible(true);
    if (field.get(target) == null) {
      field.set(target, invoker(context));
    }
  }

  /** The fields of type {@code LambdaInvoker} of the class and its superclasses. */
  private static List<Field> invokerFields(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (field.getType() == LambdaInvoker.class && !field.isSynthetic()) {
          fields.add(field);
        }
      }
    }
    return fields;
  }

  /** The invoker of the outermost test class of {@code context}, created on first use. */
  private static LambdaInvoker invoker(ExtensionContext context) {
    ExtensionContext owner = context;
    for (Optional<ExtensionContext> parent = context.getParent(); parent.isPresent(); parent = parent.get().getParent()) {
      if (parent.get().getTestClass().isPresent()) {
        owner = parent.get();
      }
    }
    return owner.getStore(NAMESPACE).getOrComputeIfAbsent(LambdaInvoker.class, key -> LambdaInvoker.create(),
        LambdaInvoker.class);
  }
}
