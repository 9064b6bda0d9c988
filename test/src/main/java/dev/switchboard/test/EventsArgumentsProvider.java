package dev.switchboard.test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclarations;

/** The arguments of {@link Events}: one per event, each named after its file. */
final class EventsArgumentsProvider implements ArgumentsProvider, AnnotationConsumer<Events> {
  private Events events;

  @Override
  public void accept(Events events) {
    this.events = events;
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
    return load(events, context.getRequiredTestClass().getClassLoader()).stream().map(Arguments::of);
  }

  /** The values of an {@link Events}, each named after its file. */
  static List<Named<Object>> load(Events events, ClassLoader loader) {
    boolean listed = events.events().length > 0;
    boolean folder = !events.folder().isEmpty();
    if (listed == folder) {
      throw new IllegalArgumentException("@Events takes either folder or events, "
          + (listed ? "not both" : "and got neither") + ": " + events);
    }
    List<Named<Object>> values = new ArrayList<>();
    if (listed) {
      for (Event event : events.events()) {
        values.add(EventArgumentsProvider.load(event, events.type(), loader));
      }
    } else {
      for (EventFiles.Found file : EventFiles.folder(events.folder(), loader)) {
        values.add(Named.of(file.name(), EventFiles.value(file, events.type())));
      }
    }
    return values;
  }
}
