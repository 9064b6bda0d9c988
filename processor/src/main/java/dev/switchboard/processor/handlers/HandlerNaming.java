package dev.switchboard.processor.handlers;

import dev.switchboard.processor.diag.Message;
import dev.switchboard.processor.diag.Reporter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;

/**
 * Gives each handler its name and checks the naming rules: the default name is Lambda's Java handler
 * string {@code pkg.Class::method}; a name is 1 to 128 characters with no whitespace; and no two
 * handlers of a compilation share one (reported at both).
 */
public final class HandlerNaming {
  static final int MAX_LENGTH = 128;

  private final Elements elements;
  private final Reporter reporter;

  public HandlerNaming(Elements elements, Reporter reporter) {
    this.elements = elements;
    this.reporter = reporter;
  }

  /** The handler's name, explicit or default. */
  public String nameOf(HandlerSite site) {
    AnnotationMirror annotation = Reporter.handlerAnnotation(site.annotated());
    if (annotation != null) {
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
          : annotation.getElementValues().entrySet()) {
        if (entry.getKey().getSimpleName().contentEquals("value")) {
          // Only values written in the source are here: an explicit "" is an (invalid) empty name.
          Object value = entry.getValue().getValue();
          return value instanceof String ? (String) value : defaultName(site);
        }
      }
    }
    return defaultName(site);
  }

  /**
   * {@code pkg.Outer$Inner::method}, the string AWS's Java runtime resolves with Class.forName; for a
   * class that inherits its {@code handleRequest}, the class's name, not the base class's.
   */
  public String defaultName(HandlerSite site) {
    return elements.getBinaryName(site.owner()) + "::" + site.method().getSimpleName();
  }

  /** Checks one name; returns whether it is valid. */
  public boolean checkName(HandlerSite site, String name) {
    String problem = null;
    if (name.isEmpty()) {
      problem = "is empty";
    } else if (name.length() > MAX_LENGTH) {
      problem = "is " + name.length() + " characters long";
    } else {
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        if (Character.isWhitespace(c)) {
          problem = "contains whitespace at index " + i;
          break;
        }
        if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          // An unpaired surrogate has no UTF-8 form: the manifest would hold '?' instead of the name.
          problem = String.format("contains the unpaired surrogate \\u%04X at index %d", (int) c, i);
          break;
        }
      }
    }
    if (problem != null) {
      String shown = "\"" + printable(name.length() > 40 ? name.substring(0, 40) : name) + (name.length() > 40 ? "...\"" : "\"");
      reporter.error(site.annotated(), Message.INVALID_NAME, site.describe(), shown, problem);
      return false;
    }
    return true;
  }

  /** The name as a message shows it: an unpaired surrogate as {@code \\uXXXX}, which javac would print as '?'. */
  private static String printable(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean paired = Character.isHighSurrogate(c) ? i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))
          : Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(name.charAt(i - 1));
      if (Character.isSurrogate(c) && !paired) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Reports each name used by more than one method, at every method that uses it. */
  public boolean checkUnique(Map<HandlerSite, String> names) {
    Map<String, List<HandlerSite>> byName = new LinkedHashMap<>();
    names.forEach((site, name) -> byName.computeIfAbsent(name, n -> new ArrayList<>()).add(site));
    boolean unique = true;
    for (Map.Entry<String, List<HandlerSite>> entry : byName.entrySet()) {
      List<HandlerSite> methods = entry.getValue();
      if (methods.size() < 2) {
        continue;
      }
      unique = false;
      for (int i = 0; i < methods.size(); i++) {
        HandlerSite other = methods.get(i == 0 ? 1 : 0);
        reporter.error(methods.get(i).annotated(), Message.DUPLICATE_NAME, entry.getKey(),
            methods.get(i).describe(), other.describe());
      }
    }
    return unique;
  }
}
