package dev.switchboard.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * Checks the handlers of the runtime class path: no two manifests define the same handler name (at
 * run time only one of them would be served), and every Handler of the project's template.yaml
 * that a Switchboard jar would serve is a handler some manifest defines.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.RUNTIME)
public class CheckMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** The SAM template whose handlers are checked; none is checked when the file does not exist. */
  @Parameter(property = "switchboard.template", defaultValue = "${project.basedir}/template.yaml")
  private File template;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    List<HandlerManifests.Manifest> manifests;
    try {
      manifests = HandlerManifests.read(ProjectClassPath.of(project));
    } catch (HandlerManifests.ManifestException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
    List<String> problems = new ArrayList<>();
    Map<String, Path> sources = new LinkedHashMap<>();
    for (HandlerManifests.Manifest manifest : manifests) {
      for (String name : manifest.names()) {
        Path first = sources.putIfAbsent(name, manifest.source());
        if (first != null) {
          problems.add(Messages.duplicateHandler(name, describe(first), describe(manifest.source())));
        }
      }
    }
    List<String> names = new ArrayList<>(sources.keySet());
    names.sort(null);

    int functions = 0;
    Path templatePath = template.toPath();
    if (Files.isRegularFile(templatePath)) {
      String yaml;
      try {
        yaml = Files.readString(templatePath, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new MojoExecutionException("Could not read " + templatePath + ": " + e.getMessage(), e);
      }
      Path shown = project.getBasedir().toPath().relativize(templatePath.toAbsolutePath());
      for (TemplateFunctions.Function function : TemplateFunctions.read(yaml)) {
        functions++;
        if (!sources.containsKey(function.handler())) {
          problems.add(Messages.templateHandler(shown, function.line(), function.logicalId(), function.handler(), names));
        }
      }
    }
    if (!problems.isEmpty()) {
      for (String problem : problems) {
        getLog().error(problem);
      }
      throw new MojoFailureException(problems.size() == 1 ? problems.get(0)
          : problems.size() + " handler problems (above); the first: " + problems.get(0));
    }
    getLog().info("Switchboard: " + names.size() + " handlers in " + manifests.size() + " manifests, no name"
        + " defined twice" + (functions == 0 ? "" : "; the " + functions + " functions of "
        + template.getName() + " name handlers that exist"));
  }

  private String describe(Path source) {
    for (org.apache.maven.artifact.Artifact artifact : project.getArtifacts()) {
      if (artifact.getFile() != null && artifact.getFile().toPath().equals(source)) {
        return artifact.getFile().getName() + " (" + artifact.getGroupId() + ":" + artifact.getArtifactId() + ")";
      }
    }
    if (source.toString().equals(project.getBuild().getOutputDirectory())) {
      return "this project's " + project.getBasedir().toPath().relativize(source) + " (" + project.getGroupId()
          + ":" + project.getArtifactId() + ")";
    }
    return source.toString();
  }
}
