/**
 * The Switchboard Maven plugin: {@code package} builds the Lambda deployment zip and checks its class-data
 * archive; {@code template} keeps the functions of template.yaml in step with the handlers; {@code check}
 * reads the handler manifests of the runtime class path and template.yaml.
 */
package dev.switchboard.maven;
