package dev.switchboard.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.net.URL;
import java.net.URLClassLoader;
import javax.annotation.processing.Processor;
import org.junit.jupiter.api.Test;

/**
 * The processor on an annotation processor path without its dependencies (a lone jar, as when a build
 * copies it by hand) reports what is missing and how to fix it, rather than crashing javac.
 */
class ProcessorPathTest {
  @Test
  void aMissingDependencyIsAClearErrorNotACrash() throws Exception {
    URL processorClasses = SwitchboardProcessor.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader alone = new URLClassLoader(new URL[] {processorClasses}, ClassLoader.getPlatformClassLoader())) {
      Processor processor = (Processor) alone.loadClass(SwitchboardProcessor.class.getName())
          .getDeclaredConstructor().newInstance();

      Compilation compilation = javac().withProcessors(processor).compile(Compile.source("test.Hello", String.join("\n",
          "package test;",
          "",
          "import dev.switchboard.LambdaHandler;",
          "",
          "public class Hello {",
          "  @LambdaHandler(\"hello\")",
          "  public static String hello(String name) {",
          "    return \"Hello \" + name;",
          "  }",
          "}",
          "")));

      assertThat(compilation).failed();
      assertThat(compilation).hadErrorContaining("[SB098] the Switchboard processor cannot load a class it needs"
          + " (NoClassDefFoundError: com/palantir/javapoet/");
      assertThat(compilation).hadErrorContaining("Put switchboard-processor in maven-compiler-plugin's"
          + " annotationProcessorPaths");
    }
  }
}
