package dev.switchboard.maven;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Date;
import java.util.List;
import org.apache.commons.compress.archivers.zip.X5455_ExtendedTimestamp;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Zips the directory a training run laid out into a Lambda deployment package: {@code bootstrap}
 * executable, {@code app.jar} and the archive readable. Each entry keeps its file's modification time,
 * in the DOS field (local time, as zip tools read it) and in an extended timestamp (UTC, which Info-ZIP,
 * Go's and Java's readers prefer): an archive is used only with a jar of the time it was made with.
 */
final class LambdaZip {
  /** The files of a deployment package, in the order they are zipped. */
  static final List<String> FILES = List.of("bootstrap", "switchboard-wrapper", "app.jar", "app.jsa", "app.aot");

  /** The AWS_LAMBDA_EXEC_WRAPPER script for AWS's managed Java runtimes, a resource of this plugin. */
  static final String WRAPPER = "switchboard-wrapper";

  private LambdaZip() {}

  /** Writes the wrapper script into {@code directory}, beside the bootstrap. */
  static void writeWrapper(Path directory) throws IOException {
    try (java.io.InputStream in = LambdaZip.class.getResourceAsStream(WRAPPER)) {
      if (in == null) {
        throw new IOException("the plugin lacks its resource " + WRAPPER);
      }
      Files.createDirectories(directory);
      Files.copy(in, directory.resolve(WRAPPER), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Writes {@code zip} from the package files present in {@code directory}. */
  static void write(Path directory, Path zip) throws IOException {
    Files.createDirectories(zip.toAbsolutePath().getParent());
    Path temporary = zip.resolveSibling(zip.getFileName() + ".tmp");
    try (OutputStream file = Files.newOutputStream(temporary);
        ZipArchiveOutputStream out = new ZipArchiveOutputStream(file)) {
      for (String name : FILES) {
        Path source = directory.resolve(name);
        if (!Files.isRegularFile(source)) {
          continue;
        }
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setUnixMode(name.equals("bootstrap") || name.equals(WRAPPER) ? 0100755 : 0100644);
        FileTime time = Files.getLastModifiedTime(source);
        entry.setTime(time.toMillis());
        X5455_ExtendedTimestamp timestamp = new X5455_ExtendedTimestamp();
        timestamp.setModifyJavaTime(new Date(time.toMillis()));
        entry.addExtraField(timestamp);
        entry.setSize(Files.size(source));
        out.putArchiveEntry(entry);
        Files.copy(source, out);
        out.closeArchiveEntry();
      }
    }
    Files.move(temporary, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
