/**
 * The Switchboard Maven plugin: the {@code package} goal builds the Lambda deployment zip and checks its
 * class-data archive; {@code check} reads the handler manifests of the runtime class path and template.yaml.
 */
package dev.switchboard.maven;
