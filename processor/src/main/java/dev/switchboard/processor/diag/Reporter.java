package dev.switchboard.processor.diag;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Reports messages on the offending element and its {@code @LambdaHandler}, and counts the errors.
 * Messages are held until {@link #flush}, which prints them in source order within each file (the
 * phases find problems in their own order, not the reader's); messages on no element come first.
 */
public final class Reporter {
  private final Messager messager;
  /** javac's trees, to find where an element is; {@code null} under another compiler (no sorting). */
  private final Trees trees;
  private final List<Pending> pending = new ArrayList<>();
  private final Map<String, Integer> files = new HashMap<>();
  private int errors;

  public Reporter(Messager messager) {
    this(messager, null);
  }

  public Reporter(Messager messager, Trees trees) {
    this.messager = messager;
    this.trees = trees;
  }

  /** One message waiting for {@link #flush}, with where it is: file (by first use) and offset. */
  private record Pending(Runnable print, int file, long position) {}

  /** Reports an error on {@code element}, on its {@code @LambdaHandler} annotation when it has one. */
  public void error(Element element, Message message, Object... args) {
    errors++;
    onElement(Diagnostic.Kind.ERROR, element, message.format(args));
  }

  /** Reports an error on {@code annotation} of {@code element}: for a value of that annotation. */
  public void error(Element element, AnnotationMirror annotation, Message message, Object... args) {
    errors++;
    String text = message.format(args);
    Runnable print = () -> messager.printMessage(Diagnostic.Kind.ERROR, text, element, annotation);
    TreePath path = null;
    if (trees != null) {
      try {
        path = trees.getPath(element, annotation);
      } catch (RuntimeException e) {
        path = null;
      }
    }
    if (path == null) {
      pending.add(new Pending(print, -1, -1));
      return;
    }
    CompilationUnitTree unit = path.getCompilationUnit();
    add(print, unit, trees.getSourcePositions().getStartPosition(unit, path.getLeaf()));
  }

  /** Reports an error at a source tree: for elements javac does not show processors. */
  public void error(Trees trees, TreePath at, Message message, Object... args) {
    errors++;
    String text = message.format(args);
    CompilationUnitTree unit = at.getCompilationUnit();
    add(() -> trees.printMessage(Diagnostic.Kind.ERROR, text, at.getLeaf(), unit), unit,
        trees.getSourcePositions().getStartPosition(unit, at.getLeaf()));
  }

  /** Reports a note on {@code element}, on its {@code @LambdaHandler} annotation when it has one. */
  public void note(Element element, Message message, Object... args) {
    onElement(Diagnostic.Kind.NOTE, element, message.format(args));
  }

  /** Reports an error that belongs to no element. */
  public void error(Message message, Object... args) {
    errors++;
    String text = message.format(args);
    pending.add(new Pending(() -> messager.printMessage(Diagnostic.Kind.ERROR, text), -1, -1));
  }

  public int errorCount() {
    return errors;
  }

  /** Prints the messages held so far, in source order within each file, and forgets them. */
  public void flush() {
    List<Pending> sorted = new ArrayList<>(pending);
    pending.clear();
    // Stable: messages at the same place keep the order in which they were reported.
    sorted.sort(Comparator.comparingInt(Pending::file).thenComparingLong(Pending::position));
    for (Pending message : sorted) {
      message.print().run();
    }
  }

  private void onElement(Diagnostic.Kind kind, Element element, String text) {
    AnnotationMirror annotation = handlerAnnotation(element);
    Runnable print = annotation != null
        ? () -> messager.printMessage(kind, text, element, annotation)
        : () -> messager.printMessage(kind, text, element);
    TreePath path = null;
    if (trees != null) {
      try {
        path = annotation != null ? trees.getPath(element, annotation) : null;
        if (path == null) {
          path = trees.getPath(element);
        }
      } catch (RuntimeException e) {
        path = null; // no source for it (a class file): it goes first, as messages on no element do
      }
    }
    if (path == null) {
      pending.add(new Pending(print, -1, -1));
      return;
    }
    CompilationUnitTree unit = path.getCompilationUnit();
    add(print, unit, trees.getSourcePositions().getStartPosition(unit, path.getLeaf()));
  }

  private void add(Runnable print, CompilationUnitTree unit, long position) {
    String file = unit.getSourceFile().toUri().toString();
    Integer index = files.get(file);
    if (index == null) {
      index = files.size();
      files.put(file, index);
    }
    pending.add(new Pending(print, index, position));
  }

  public static AnnotationMirror handlerAnnotation(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(Names.LAMBDA_HANDLER)) {
        return mirror;
      }
    }
    return null;
  }
}
