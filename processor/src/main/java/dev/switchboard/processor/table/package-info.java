/**
 * The last phase: chooses the table's package and writes the dispatch table, its service file and the
 * handler manifest for build tools.
 */
package dev.switchboard.processor.table;
