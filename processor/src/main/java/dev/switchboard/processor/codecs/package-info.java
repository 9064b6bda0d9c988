/**
 * The second phase: analyses the JSON shape of events and results (records, POJOs, enums, containers),
 * chooses each handler's codecs, and writes the generated codecs.
 */
package dev.switchboard.processor.codecs;
