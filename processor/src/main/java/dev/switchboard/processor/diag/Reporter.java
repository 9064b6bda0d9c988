package dev.switchboard.processor.diag;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/** Reports messages on the offending element and its {@code @LambdaHandler}, and counts the errors. */
public final class Reporter {
  private final Messager messager;
  private int errors;

  public Reporter(Messager messager) {
    this.messager = messager;
  }

  /** Reports an error on {@code element}, on its {@code @LambdaHandler} annotation when it has one. */
  public void error(Element element, Message message, Object... args) {
    errors++;
    AnnotationMirror annotation = handlerAnnotation(element);
    if (annotation != null) {
      messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element, annotation);
    } else {
      messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element);
    }
  }

  /** Reports an error at a source tree: for elements javac does not show processors. */
  public void error(Trees trees, TreePath at, Message message, Object... args) {
    errors++;
    trees.printMessage(Diagnostic.Kind.ERROR, message.format(args), at.getLeaf(), at.getCompilationUnit());
  }

  /** Reports a note on {@code element}, on its {@code @LambdaHandler} annotation when it has one. */
  public void note(Element element, Message message, Object... args) {
    AnnotationMirror annotation = handlerAnnotation(element);
    if (annotation != null) {
      messager.printMessage(Diagnostic.Kind.NOTE, message.format(args), element, annotation);
    } else {
      messager.printMessage(Diagnostic.Kind.NOTE, message.format(args), element);
    }
  }

  /** Reports an error that belongs to no element. */
  public void error(Message message, Object... args) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, message.format(args));
  }

  public int errorCount() {
    return errors;
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
