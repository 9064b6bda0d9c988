/**
 * Handlers the extension's tests invoke, compiled by the real processor into this package's
 * {@code SwitchboardHandlers} table.
 */
package dev.switchboard.test.handlers;
