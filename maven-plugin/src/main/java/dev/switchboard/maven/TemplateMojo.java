package dev.switchboard.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Writes or updates the project's SAM template from the handler manifests of the runtime class path (the
 * project's classes and its dependencies, what the shaded jar holds): one function per handler, with
 * the settings and event sources of its {@code dev.switchboard.deploy} annotations, and the Java layer.
 * Only the resources it generated ({@code Metadata: {Tool: Switchboard}}) are changed; see
 * {@link TemplateSync}.
 */
@Mojo(name = "template", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.RUNTIME)
public class TemplateMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** The SAM template to write or update. */
  @Parameter(property = "switchboard.template", defaultValue = "${project.basedir}/template.yaml")
  private File template;

  /** The Lambda zip that the functions' CodeUri names (what {@code switchboard:package} builds). */
  @Parameter(property = "switchboard.zip",
      defaultValue = "${project.build.directory}/${project.build.finalName}-lambda.zip")
  private File zip;

  /** The directory of the Java runtime layer ({@code java/bin/java} inside), the layer's ContentUri. */
  @Parameter(property = "switchboard.layer", defaultValue = "${project.build.directory}/java-layer")
  private File layer;

  /**
   * The functions' runtime: {@code provided.al2023} (the default: the Java layer, and the class-data
   * archive), or AWS's managed {@code java21} or {@code java25}, started through the zip's
   * {@code switchboard-wrapper} (no layer, no archive).
   */
  @Parameter(property = "switchboard.runtime", defaultValue = "provided.al2023")
  private String runtime;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (!TemplateSync.RUNTIMES.contains(runtime)) {
      throw new MojoFailureException(Messages.badParameter("switchboard.runtime", runtime,
          "one of " + String.join(", ", TemplateSync.RUNTIMES)));
    }
    List<HandlerManifests.Manifest> manifests;
    try {
      manifests = HandlerManifests.read(ProjectClassPath.of(project));
    } catch (HandlerManifests.ManifestException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
    Map<String, TemplateSync.Function> functions = new LinkedHashMap<>();
    for (HandlerManifests.Manifest manifest : manifests) {
      for (Map<String, String> handler : manifest.handlers()) {
        String name = handler.get("name");
        functions.putIfAbsent(name, new TemplateSync.Function(name,
            number(handler.get("memory"), 512), number(handler.get("timeout"), 30),
            handler.getOrDefault("architecture", "x86_64"), handler.get("returnType"),
            manifest.events().getOrDefault(name, List.of())));
      }
    }
    List<TemplateSync.Function> sorted = new ArrayList<>(functions.values());
    sorted.sort(Comparator.comparing(TemplateSync.Function::handler));

    Path path = template.toPath().toAbsolutePath();
    Path directory = path.getParent();
    String yaml = "";
    try {
      if (Files.isRegularFile(path)) {
        yaml = Files.readString(path, StandardCharsets.UTF_8);
      }
      TemplateSync.Result result = TemplateSync.sync(yaml, sorted, relative(directory, zip), relative(directory, layer),
          runtime);
      String shown = project.getBasedir().toPath().toAbsolutePath().relativize(path).toString();
      if (!result.text().equals(yaml)) {
        Files.writeString(path, result.text(), StandardCharsets.UTF_8);
        getLog().info("Switchboard: " + shown + ": added " + describe(result.added()) + ", updated "
            + describe(result.updated()) + ", removed " + describe(result.removed()));
      } else {
        getLog().info("Switchboard: " + shown + " is up to date (" + sorted.size() + " functions)");
      }
    } catch (IOException e) {
      throw new MojoExecutionException("Could not write " + path + ": " + e.getMessage(), e);
    }
  }

  private static String describe(List<String> ids) {
    return ids.isEmpty() ? "none" : String.join(", ", ids);
  }

  /** A path as the template gives it: relative to the template's directory, with forward slashes. */
  private static String relative(Path directory, File file) {
    return directory.relativize(file.toPath().toAbsolutePath()).toString().replace(File.separatorChar, '/');
  }

  private static int number(String text, int otherwise) {
    if (text == null || text.equals("null")) {
      return otherwise;
    }
    return Integer.parseInt(text);
  }
}
