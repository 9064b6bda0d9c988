/**
 * The Switchboard annotation processor's entry point, {@link dev.switchboard.processor.SwitchboardProcessor}:
 * it runs the phases in order (handlers, codecs, table) and stops after any phase that reported an error.
 */
package dev.switchboard.processor;
