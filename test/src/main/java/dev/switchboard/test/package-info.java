/**
 * Tests for Switchboard handlers: a JUnit 5 extension that invokes them in process, by name, through
 * the generated table and the production codecs, and parameter sources that load events from files.
 */
package dev.switchboard.test;
