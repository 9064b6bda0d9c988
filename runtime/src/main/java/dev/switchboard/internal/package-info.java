/**
 * Types used by generated dispatch tables and by the runtime's own modes. Not an API: they may change
 * in any release. Application code uses {@code dev.switchboard} only.
 */
package dev.switchboard.internal;
