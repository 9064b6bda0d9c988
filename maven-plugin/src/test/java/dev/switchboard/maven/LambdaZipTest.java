package dev.switchboard.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipFile;
import javax.tools.ToolProvider;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The zip keeps modes and times, and the check refuses an archive the JVM would drop: real JVMs. */
class LambdaZipTest {
  @TempDir Path dir;

  @Test
  void zipKeepsTheJarTimeAndTheBootstrapMode() throws IOException {
    Files.writeString(dir.resolve("bootstrap"), "#!/bin/sh\n");
    LambdaZip.writeWrapper(dir);
    Files.writeString(dir.resolve("app.jar"), "jar");
    Files.writeString(dir.resolve("app.jsa"), "archive");
    FileTime time = FileTime.from(1_700_000_002L, TimeUnit.SECONDS);
    Files.setLastModifiedTime(dir.resolve("app.jar"), time);
    Path zip = dir.resolve("out/function-lambda.zip");

    LambdaZip.write(dir, zip);

    List<String> names = new ArrayList<>();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      file.stream().forEach(entry -> names.add(entry.getName()));
      assertEquals(time, file.getEntry("app.jar").getLastModifiedTime());
    }
    assertEquals(List.of("bootstrap", "switchboard-wrapper", "app.jar", "app.jsa"), names);
    try (org.apache.commons.compress.archivers.zip.ZipFile file =
        org.apache.commons.compress.archivers.zip.ZipFile.builder().setPath(zip).get()) {
      ZipArchiveEntry bootstrap = file.getEntry("bootstrap");
      assertEquals(0755, bootstrap.getUnixMode() & 0777);
      assertEquals(0755, file.getEntry("switchboard-wrapper").getUnixMode() & 0777);
      assertEquals(0644, file.getEntry("app.jar").getUnixMode() & 0777);
    }
  }

  @Test
  void checkAcceptsTheArchiveAndRefusesOneForAnotherJar() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    writeJar(dir.resolve("app.jar"));
    boolean aot = Runtime.version().feature() >= 25;
    String archiveName = aot ? "app.aot" : "app.jsa";
    List<String> command = new ArrayList<>(List.of(java.toString()));
    command.addAll(ArchiveCheck.FLAGS);
    command.addAll(List.of(aot ? "-XX:AOTCacheOutput=" + archiveName : "-XX:ArchiveClassesAtExit=" + archiveName,
        "-cp", "app.jar", "Hi"));
    Process training = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(training.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, training.waitFor(), output);
    Path archive = ArchiveCheck.archive(dir);
    assertNotNull(archive, output);

    assertNull(ArchiveCheck.check(java, dir, archive));

    // Another build of HotSpot: the JVM's identity in the archive's header differs by one letter.
    byte[] bytes = Files.readAllBytes(archive);
    String header = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    int vm = header.indexOf("64-Bit Server VM");
    assertTrue(vm > 0, "no JVM identity in the archive's header");
    bytes[vm] = '3';
    Files.write(archive, bytes);
    String reason = ArchiveCheck.check(java, dir, archive);
    assertNotNull(reason);
    assertTrue(reason.contains("different version or build"), reason);
  }

  private static void writeJar(Path jar) throws IOException {
    Path source = jar.resolveSibling("Hi.java");
    Files.writeString(source, "public class Hi { public static void main(String[] a) {"
        + " System.out.println(new java.util.ArrayList<>(java.util.List.of(a))); } }");
    assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null,
        "-d", jar.getParent().toString(), source.toString()));
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        InputStream in = Files.newInputStream(jar.resolveSibling("Hi.class"))) {
      out.putNextEntry(new JarEntry("Hi.class"));
      in.transferTo(out);
    }
  }
}
