package dev.switchboard.processor.handlers;

import dev.switchboard.processor.diag.Message;
import dev.switchboard.processor.diag.Reporter;
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
    String problem = null;
    if (!method.getModifiers().contains(Modifier.PUBLIC)) {
      problem = "the method is not public";
    }
    for (Element e = owner; problem == null && e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (!e.getModifiers().contains(Modifier.PUBLIC)) {
        problem = "the class " + ((TypeElement) e).getQualifiedName() + " is not public";
      }
    }
    if (problem == null && !method.getModifiers().contains(Modifier.STATIC)) {
      ExecutableElement constructor = HandlerValidator.noArgConstructor(owner);
      if (constructor != null && !constructor.getModifiers().contains(Modifier.PUBLIC)) {
        problem = "its no-argument constructor is not public";
      }
    }
    if (problem != null) {
      reporter.error(site.annotated(), Message.NOT_ACCESSIBLE, tablePackage, site.describe(), problem);
      return false;
    }
    return true;
  }
}
