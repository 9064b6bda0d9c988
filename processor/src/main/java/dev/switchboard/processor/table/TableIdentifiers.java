package dev.switchboard.processor.table;

import dev.switchboard.processor.handlers.HandlerModel;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * The names the table gives its parameters and locals ({@code name}, {@code event}, {@code in}...).
 * Where a class the table names must be written in full (two classes share a simple name), Java reads
 * the first part of its package as a variable when one of that name is in scope: a handler in package
 * {@code in.acme} would not compile beside a parameter {@code in}. So a name that is the first part of
 * a package the table refers to gets an underscore ({@code in_}).
 */
record TableIdentifiers(
    String name, String group, String handler, String target, String event, String context, String in, String out) {

  static TableIdentifiers avoiding(List<HandlerModel> handlers) {
    Set<String> roots = packageRoots(handlers);
    return new TableIdentifiers(free("name", roots), free("group", roots), free("handler", roots),
        free("target", roots), free("event", roots), free("context", roots), free("in", roots), free("out", roots));
  }

  private static String free(String name, Set<String> taken) {
    String candidate = name;
    while (taken.contains(candidate)) {
      candidate += "_";
    }
    return candidate;
  }

  /** The first part of the package of every class the table may name: owners, event and result types. */
  private static Set<String> packageRoots(List<HandlerModel> handlers) {
    Set<String> roots = new TreeSet<>();
    for (HandlerModel handler : handlers) {
      addRoot(handler.owner(), roots);
      if (handler.eventType() != null) {
        TypeParts.forEachClass(handler.eventType(), element -> addRoot(element, roots));
      }
      TypeParts.forEachClass(handler.returnType(), element -> addRoot(element, roots));
    }
    return roots;
  }

  private static void addRoot(Element element, Set<String> roots) {
    Element e = element;
    while (e != null && e.getKind() != ElementKind.PACKAGE) {
      e = e.getEnclosingElement();
    }
    if (e instanceof PackageElement && !((PackageElement) e).isUnnamed()) {
      String name = ((PackageElement) e).getQualifiedName().toString();
      int dot = name.indexOf('.');
      roots.add(dot < 0 ? name : name.substring(0, dot));
    } else if (element instanceof TypeElement) {
      roots.add(element.getSimpleName().toString());
    }
  }
}
