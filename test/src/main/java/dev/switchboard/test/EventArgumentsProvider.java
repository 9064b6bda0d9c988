package dev.switchboard.test;

import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclarations;

/** The arguments of {@link Event}: the one event, named after its file. */
final class EventArgumentsProvider implements ArgumentsProvider, AnnotationConsumer<Event> {
  private Event event;

  @Override
  public void accept(Event event) {
    this.event = event;
  }

  @Override
  public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
    return arguments(context);
  }

  /** For JUnit before 5.13, which calls this one. */
  @Override
  @SuppressWarnings("deprecation")
  public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
    return arguments(context);
  }

  private Stream<Arguments> arguments(ExtensionContext context) {
    return Stream.of(Arguments.of(load(event, Void.class, context.getRequiredTestClass().getClassLoader())));
  }

  /** The value of an {@link Event}, of the given type when the event names none, named after its file. */
  static Named<Object> load(Event event, Class<?> defaultType, ClassLoader loader) {
    Class<?> type = event.type() == Void.class ? defaultType : event.type();
    EventFiles.Found file = new EventFiles.Found(event.value(), EventFiles.read(event.value(), loader));
    return Named.of(event.value(), EventFiles.value(file, type));
  }
}
