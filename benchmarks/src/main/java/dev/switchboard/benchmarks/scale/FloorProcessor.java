package dev.switchboard.benchmarks.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The reference for what any source-generating processor costs: it finds the {@code @LambdaHandler}
 * methods, as the Switchboard processor does, and writes one tiny class that counts them. javac then
 * runs the same rounds as with the Switchboard processor (each new round enters every source file
 * again), so this is the floor under which no processor that writes a file can go.
 */
final class FloorProcessor extends AbstractProcessor {
  private boolean written;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("dev.switchboard.LambdaHandler");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (written || annotations.isEmpty()) {
      return false;
    }
    written = true;
    int handlers = round.getElementsAnnotatedWith(annotations.iterator().next()).size();
    String name = HandlerSources.ROOT_PACKAGE + ".FloorCount";
    try (Writer out = processingEnv.getFiler().createSourceFile(name).openWriter()) {
      out.write("package " + HandlerSources.ROOT_PACKAGE + ";\n\nfinal class FloorCount {\n"
          + "  static final int HANDLERS = " + handlers + ";\n}\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return false;
  }
}
