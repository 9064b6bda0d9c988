package dev.switchboard.maven;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Builds the Lambda deployment package of a shaded Switchboard jar,
 * {@code target/<finalName>-lambda.zip}: the bootstrap, the jar (keeping its modification time) and
 * the class-data archive of a training run ({@code dev.switchboard.lambda.TrainingRun}, from the jar
 * itself); then starts the training Java once with the archive in the mode that refuses a bad one,
 * and fails the build if it does.
 */
@Mojo(name = "package", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.RUNTIME)
public class PackageMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** The runnable (shaded) jar to package. */
  @Parameter(property = "switchboard.jar", defaultValue = "${project.build.directory}/${project.build.finalName}.jar")
  private File jar;

  /** The deployment package to write. */
  @Parameter(property = "switchboard.zip",
      defaultValue = "${project.build.directory}/${project.build.finalName}-lambda.zip")
  private File zip;

  /** Where the package's files are laid out before they are zipped. */
  @Parameter(defaultValue = "${project.build.directory}/lambda", readonly = true)
  private File directory;

  /**
   * The {@code bin/java} of the Java runtime the function will run on: the archive only works with
   * the runtime that made it. Default: the Java that runs Maven.
   */
  @Parameter(property = "switchboard.training.java", defaultValue = "${java.home}/bin/java")
  private File trainingJava;

  /** The handler the training run invokes; default: the project's only handler. */
  @Parameter(property = "switchboard.training.handler")
  private String trainingHandler;

  /** The training event: JSON, or {@code @path} of a file (relative to the project). */
  @Parameter(property = "switchboard.training.event", defaultValue = "{}")
  private String trainingEvent;

  /** How many invocations the training run serves; 0 builds the package with no archive. */
  @Parameter(property = "switchboard.training.invocations", defaultValue = "100")
  private String trainingInvocations;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    Path jarPath = jar.toPath();
    if (!Files.isRegularFile(jarPath)) {
      throw new MojoFailureException(Messages.noJar(jarPath));
    }
    int invocations;
    try {
      invocations = Integer.parseInt(trainingInvocations.strip());
    } catch (NumberFormatException e) {
      invocations = -1;
    }
    if (invocations < 0) {
      throw new MojoFailureException(Messages.badParameter("switchboard.training.invocations",
          trainingInvocations, "a number of invocations, 0 or more (0: no class-data archive)"));
    }
    String event = trainingEvent == null || trainingEvent.isBlank() ? "{}" : trainingEvent;
    if (event.startsWith("@")) {
      Path file = project.getBasedir().toPath().resolve(event.substring(1));
      if (!Files.isRegularFile(file)) {
        throw new MojoFailureException(Messages.badParameter("switchboard.training.event", event,
            "JSON, or @ and the path of a file (relative to " + project.getBasedir() + "); there is no " + file));
      }
      event = "@" + file;
    }

    String handler = trainingHandler == null || trainingHandler.isBlank() ? null : trainingHandler.strip();
    if (invocations > 0) {
      List<String> names = handlerNames();
      if (handler == null) {
        if (names.isEmpty()) {
          throw new MojoFailureException(Messages.noHandlers(jarPath));
        } else if (names.size() == 1) {
          handler = names.get(0);
        } else {
          getLog().warn(Messages.severalHandlers(names));
          invocations = 0;
        }
      } else if (!names.isEmpty() && !names.contains(handler)) {
        throw new MojoFailureException(Messages.unknownHandler(handler, names));
      }
    }

    Path out = directory.toPath();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", jarPath.toString(), "dev.switchboard.lambda.TrainingRun",
        "--jar", jarPath.toString(), "--out", out.toString(),
        "--event", event, "--invocations", Integer.toString(invocations),
        "--java", trainingJava.getPath()));
    if (handler != null) {
      command.add("--handler");
      command.add(handler);
    }
    int status = run(command);
    if (status != 0) {
      throw new MojoFailureException(Messages.trainingFailed(status));
    }

    Path archive = ArchiveCheck.archive(out);
    if (archive != null) {
      String rejected;
      try {
        rejected = ArchiveCheck.check(trainingJava.toPath(), out, archive);
      } catch (IOException e) {
        throw new MojoExecutionException("Could not start " + trainingJava + " to check " + archive, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new MojoExecutionException("Interrupted while checking " + archive, e);
      }
      if (rejected != null) {
        throw new MojoFailureException(Messages.archiveRejected(trainingJava.toPath(), archive, rejected));
      }
      getLog().info(trainingJava + " uses " + archive.getFileName() + " (checked with "
          + (archive.toString().endsWith(".aot") ? "-XX:AOTMode=on" : "-Xshare:on") + ")");
    }

    try {
      LambdaZip.writeWrapper(out);
      LambdaZip.write(out, zip.toPath());
    } catch (IOException e) {
      throw new MojoExecutionException("Could not write " + zip + ": " + e.getMessage(), e);
    }
    getLog().info("Wrote " + zip + " (" + String.join(", ", present(out)) + ")");
  }

  private List<String> handlerNames() throws MojoFailureException {
    List<String> names = new ArrayList<>();
    try {
      for (HandlerManifests.Manifest manifest : HandlerManifests.read(ProjectClassPath.of(project))) {
        for (String name : manifest.names()) {
          if (!names.contains(name)) {
            names.add(name);
          }
        }
      }
    } catch (HandlerManifests.ManifestException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
    names.sort(null);
    return names;
  }

  private int run(List<String> command) throws MojoExecutionException {
    getLog().debug("Running " + String.join(" ", command));
    try {
      Process process = new ProcessBuilder(command)
          .directory(project.getBasedir())
          .redirectErrorStream(true)
          .start();
      process.getOutputStream().close();
      try (BufferedReader reader = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          getLog().info(line);
        }
      }
      return process.waitFor();
    } catch (IOException e) {
      throw new MojoExecutionException("Could not run the training run: " + String.join(" ", command), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MojoExecutionException("Interrupted during the training run", e);
    }
  }

  private static List<String> present(Path directory) {
    List<String> files = new ArrayList<>();
    for (String name : LambdaZip.FILES) {
      if (Files.isRegularFile(directory.resolve(name))) {
        files.add(name);
      }
    }
    return files;
  }
}
