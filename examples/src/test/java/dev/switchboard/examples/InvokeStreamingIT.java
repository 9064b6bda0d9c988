package dev.switchboard.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code invoke} prints a streaming handler's chunks as they arrive. */
class InvokeStreamingIT {
  @TempDir
  Path temp;

  @Test
  void chunksArePrintedWhileTheHandlerStillRuns() throws Exception {
    Path release = temp.resolve("release");
    Process process = start("invoke", "stream-wait", "--timeout", "30",
        "--event", "{\"release\":" + SwitchboardJar.JSON.writeValueAsString(release.toString()) + "}");
    try {
      InputStream out = process.getInputStream();
      byte[] first = out.readNBytes("first\n".length());
      assertEquals("first\n", new String(first, StandardCharsets.UTF_8));
      Thread.sleep(300);
      assertTrue(process.isAlive(), "invoke exited before the handler was released");

      Files.writeString(release, "go");
      String rest = new String(out.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(process.waitFor(30, TimeUnit.SECONDS));
      assertEquals(0, process.exitValue(), rest);
      assertTrue(rest.startsWith("second, for "), rest);
      assertTrue(rest.endsWith("\n" + System.lineSeparator()), "the line break after the response: " + rest);
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void anErrorMidStreamFollowsThePartialResponse() throws Exception {
    Process process = start("invoke", "stream-fail-midway", "--event", "{\"why\":\"disk\"}");
    try {
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(process.waitFor(30, TimeUnit.SECONDS));
      assertEquals(1, process.exitValue(), out);
      String[] lines = out.split(System.lineSeparator());
      assertEquals("partial, unflushed", lines[0], out);
      JsonNode error = SwitchboardJar.JSON.readTree(lines[1]);
      assertEquals("java.lang.IllegalStateException", error.get("errorType").asText());
      assertEquals("broke after the first chunk: disk", error.get("errorMessage").asText());
    } finally {
      process.destroyForcibly();
    }
  }

  private static Process start(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
        "-cp", SwitchboardJar.jar() + File.pathSeparator + SwitchboardJar.testClasses(), "dev.switchboard.Main"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().keySet().removeIf(name -> name.startsWith("AWS_") || name.equals("_HANDLER"));
    return builder.start();
  }
}
