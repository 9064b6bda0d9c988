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

/** The arguments of {@link HandlerParams}: an event and its expected response per test run. */
final class HandlerParamsArgumentsProvider implements ArgumentsProvider, AnnotationConsumer<HandlerParams> {
  private HandlerParams params;

  @Override
  public void accept(HandlerParams params) {
    this.params = params;
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
    ClassLoader loader = context.getRequiredTestClass().getClassLoader();
    boolean event = !params.event().value().isEmpty();
    boolean response = !params.response().value().isEmpty();
    boolean events = params.events().events().length > 0 || !params.events().folder().isEmpty();
    boolean responses = params.responses().responses().length > 0 || !params.responses().folder().isEmpty();
    if (event != response || events != responses || (event && events) || !(event || events)) {
      throw new IllegalArgumentException("@HandlerParams takes event and response (one pair), or events and"
          + " responses (pairs in order), and not both kinds: " + params);
    }
    if (event) {
      return Stream.of(Arguments.of(
          EventArgumentsProvider.load(params.event(), Void.class, loader),
          load(params.response(), Void.class, loader)));
    }
    List<Named<Object>> eventValues = EventsArgumentsProvider.load(params.events(), loader);
    List<Named<Object>> responseValues = load(params.responses(), loader);
    if (eventValues.size() != responseValues.size()) {
      throw new IllegalArgumentException("@HandlerParams has " + eventValues.size() + " events but "
          + responseValues.size() + " responses; they are paired in order, so give as many of each. Events: "
          + names(eventValues) + "; responses: " + names(responseValues));
    }
    List<Arguments> pairs = new ArrayList<>();
    for (int i = 0; i < eventValues.size(); i++) {
      pairs.add(Arguments.of(eventValues.get(i), responseValues.get(i)));
    }
    return pairs.stream();
  }

  private static Named<Object> load(Response response, Class<?> defaultType, ClassLoader loader) {
    Class<?> type = response.type() == Void.class ? defaultType : response.type();
    EventFiles.Found file = new EventFiles.Found(response.value(), EventFiles.read(response.value(), loader));
    return Named.of(response.value(), EventFiles.value(file, type));
  }

  private static List<Named<Object>> load(Responses responses, ClassLoader loader) {
    boolean listed = responses.responses().length > 0;
    boolean folder = !responses.folder().isEmpty();
    if (listed == folder) {
      throw new IllegalArgumentException("@Responses takes either folder or responses, "
          + (listed ? "not both" : "and got neither") + ": " + responses);
    }
    List<Named<Object>> values = new ArrayList<>();
    if (listed) {
      for (Response response : responses.responses()) {
        values.add(load(response, responses.type(), loader));
      }
    } else {
      for (EventFiles.Found file : EventFiles.folder(responses.folder(), loader)) {
        values.add(Named.of(file.name(), EventFiles.value(file, responses.type())));
      }
    }
    return values;
  }

  private static List<String> names(List<Named<Object>> values) {
    List<String> names = new ArrayList<>();
    for (Named<Object> value : values) {
      names.add(value.getName());
    }
    return names;
  }
}
