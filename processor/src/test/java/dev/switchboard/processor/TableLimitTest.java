package dev.switchboard.processor;

import dev.switchboard.processor.table.DispatchTableWriter;
import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.switchboard.processor.Compile.compile;
import static dev.switchboard.processor.Compile.source;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * SB018: more handlers than one table class can hold is a Switchboard error that says how to split
 * them, not javac's "code too large" on the generated source.
 */
class TableLimitTest {
  @Test
  void moreHandlersThanATableHoldsIsAClearError() {
    int handlers = DispatchTableWriter.MAX_HANDLERS + 1;
    int perClass = 1_000;
    List<JavaFileObject> sources = new ArrayList<>();
    for (int c = 0; c * perClass < handlers; c++) {
      StringBuilder text = new StringBuilder("package test.limit;\n\nimport dev.switchboard.LambdaHandler;\n\n")
          .append("public class Many").append(c).append(" {\n");
      for (int h = c * perClass; h < Math.min(handlers, (c + 1) * perClass); h++) {
        text.append("  @LambdaHandler(\"h").append(h).append("\") public static int m").append(h)
            .append("(int e) { return e; }\n");
      }
      sources.add(source("test.limit.Many" + c, text.append("}\n").toString()));
    }

    Compilation compilation = compile(sources.toArray(new JavaFileObject[0]));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[SB018] one compilation may hold at most "
        + DispatchTableWriter.MAX_HANDLERS + " @LambdaHandler methods");
    assertThat(compilation).hadErrorContaining("this one has " + handlers + ". Split the handlers across modules");
    assertThat(compilation.errors()).hasSize(1);
  }
}
