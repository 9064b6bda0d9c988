/**
 * The JSON layer that generated tables and codecs call: the codecs for scalars, containers and untyped
 * values on jackson-core, the databind fallback, and the helpers generated codecs use. Not an API.
 */
package dev.switchboard.internal.json;
