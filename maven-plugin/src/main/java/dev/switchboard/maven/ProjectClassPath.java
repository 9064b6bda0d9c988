package dev.switchboard.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.project.MavenProject;

/** The runtime class path of a project: its classes, then its compile and runtime dependencies. */
final class ProjectClassPath {
  private ProjectClassPath() {}

  static List<Path> of(MavenProject project) {
    List<Path> entries = new ArrayList<>();
    entries.add(Path.of(project.getBuild().getOutputDirectory()));
    for (Artifact artifact : project.getArtifacts()) {
      String scope = artifact.getScope();
      boolean runtime = scope == null || Artifact.SCOPE_COMPILE.equals(scope) || Artifact.SCOPE_RUNTIME.equals(scope);
      if (runtime && artifact.getFile() != null && artifact.getArtifactHandler().isAddedToClasspath()) {
        entries.add(artifact.getFile().toPath());
      }
    }
    return entries;
  }
}
