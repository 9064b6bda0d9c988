/**
 * Deployment settings that live on the handler: the function's memory, timeout and architecture, and
 * the event sources that invoke it. The processor checks them and records them in the handler manifest;
 * {@code switchboard:template} writes them into the SAM template. They change nothing at run time.
 */
package dev.switchboard.deploy;
