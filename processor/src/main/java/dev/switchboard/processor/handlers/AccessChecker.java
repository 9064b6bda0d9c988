package dev.switchboard.processor.handlers;

import dev.switchboard.processor.diag.Message;
import dev.switchboard.processor.diag.Reporter;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Checks that the generated table, in its package, can call each handler directly: a handler in
 * another package must be a public method of public classes, with a public constructor when the
 * runtime creates an instance.
 */
public final class AccessChecker {
  private final Elements elements;
  private final Reporter reporter;

  public AccessChecker(Elements elements, Reporter reporter) {
    this.elements = elements;
    this.reporter = reporter;
  }

  public boolean check(HandlerSite site, String tablePackage) {
    ExecutableElement method = site.method();
    TypeElement owner = site.owner();
    if (elements.getPackageOf(owner).getQualifiedName().contentEquals(tablePackage)
        && elements.getPackageOf(method).getQualifiedName().contentEquals(tablePackage)) {
      return true;
    }
    // Every reason at once, so that one build shows all there is to fix.
    List<String> problems = new ArrayList<>();
    List<String> fixes = new ArrayList<>();
    if (!method.getModifiers().contains(Modifier.PUBLIC)) {
      problems.add("the method is not public");
      fixes.add("the method");
    }
    for (Element e = owner; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (!e.getModifiers().contains(Modifier.PUBLIC)) {
        problems.add("the class " + ((TypeElement) e).getQualifiedName() + " is not public");
        fixes.add("the class " + ((TypeElement) e).getSimpleName());
      }
    }
    if (!method.getModifiers().contains(Modifier.STATIC)) {
      ExecutableElement constructor = HandlerValidator.noArgConstructor(owner);
      if (constructor != null && !constructor.getModifiers().contains(Modifier.PUBLIC)) {
        problems.add("its no-argument constructor is not public");
        fixes.add("the constructor");
      }
    }
    if (!problems.isEmpty()) {
      reporter.error(site.annotated(), Message.NOT_ACCESSIBLE, tablePackage, site.describe(),
          String.join("; ", problems), andList(fixes));
      return false;
    }
    return true;
  }

  private static String andList(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }
}
