package dev.switchboard.processor.table;

import dev.switchboard.processor.diag.Message;
import dev.switchboard.processor.diag.Names;
import dev.switchboard.processor.diag.Reporter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Checks, before anything is written, that no class the processor is about to generate (the table,
 * the codecs) takes a name that a class of the user's already has, or that another generated class
 * has. The Filer would otherwise fail with a {@code FilerException}, or javac with a duplicate class.
 */
public final class GeneratedNames {
  private final Elements elements;
  private final Reporter reporter;
  private final Set<? extends Element> sources;
  /** What each claimed name is for, as messages describe it. */
  private final Map<String, String> purposes = new LinkedHashMap<>();

  /**
   * @param sources the root elements of this compilation: a clashing class among them is reported
   *     where it is declared, since that is where the fix goes
   */
  public GeneratedNames(Elements elements, Reporter reporter, Set<? extends Element> sources) {
    this.elements = elements;
    this.reporter = reporter;
    this.sources = sources;
  }

  /**
   * Claims {@code qualifiedName} for a generated class; reports SB019 and returns {@code false} when
   * a class of the user's has it, or another generated class claimed it first.
   *
   * @param purpose what the generated class is, as the message says it ("the JSON codec of com.example.Order")
   * @param origin where to report the clash when the other class is not declared in this compilation
   */
  public boolean claim(String qualifiedName, String purpose, Element origin) {
    return claim(qualifiedName, purpose, origin, "rename that class, or move it to another package");
  }

  /** As {@link #claim(String, String, Element)}, with the fix to give when a class of the user's has the name. */
  public boolean claim(String qualifiedName, String purpose, Element origin, String fix) {
    String earlier = purposes.putIfAbsent(qualifiedName, purpose);
    if (earlier != null) {
      reporter.error(origin, Message.GENERATED_NAME_TAKEN, qualifiedName, purpose,
          "the processor also generates it as " + earlier, "rename one of the two classes");
      return false;
    }
    TypeElement existing = elements.getTypeElement(qualifiedName);
    if (existing == null) {
      return true;
    }
    Element top = existing;
    while (top.getEnclosingElement() instanceof TypeElement enclosing) {
      top = enclosing;
    }
    boolean declaredHere = sources.contains(top);
    if (declaredHere && generatedByUs(existing)) {
      // Our own output of an earlier build, passed back as a source: the Filer decides, as before.
      return true;
    }
    reporter.error(declaredHere ? existing : origin, Message.GENERATED_NAME_TAKEN, qualifiedName, purpose,
        declaredHere ? "a class of this compilation has that name" : "a class on the class path has that name",
        fix);
    return false;
  }

  private static boolean generatedByUs(TypeElement type) {
    for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
      if (((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName()
          .contentEquals("javax.annotation.processing.Generated")) {
        return annotation.getElementValues().values().toString().contains(Names.PROCESSOR);
      }
    }
    return false;
  }
}
