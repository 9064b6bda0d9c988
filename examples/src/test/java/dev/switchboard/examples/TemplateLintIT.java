package dev.switchboard.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The examples' SAM template, which {@code switchboard:template} writes in this build, is one that
 * CloudFormation and SAM accept: cfn-lint (which also runs SAM's transform) finds nothing in it.
 */
class TemplateLintIT {
  @Test
  void theGeneratedTemplatePassesCfnLint() throws IOException, InterruptedException {
    Path template = SwitchboardJar.jar().getParent().getParent().resolve("template.yaml");
    assertTrue(Files.isRegularFile(template), template.toString());
    assertTrue(Files.readString(template).contains("Tool: Switchboard"), "not written by switchboard:template");
    Process lint;
    try {
      lint = new ProcessBuilder("cfn-lint", template.toString()).redirectErrorStream(true).start();
    } catch (IOException e) {
      fail("cfn-lint is not installed (the maven-plugin module's build installs it: pip install cfn-lint)", e);
      return;
    }
    String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(lint.waitFor(120, TimeUnit.SECONDS), "cfn-lint did not finish");
    assertEquals(0, lint.exitValue(), "cfn-lint " + template + ":\n" + output);
  }
}
