/**
 * SnapStart's runtime hooks: the package that {@code -Dorg.crac.Core.Compat=dev.switchboard.crac}
 * names, so that resources registered through {@code org.crac} run before the snapshot and after restore.
 */
package dev.switchboard.crac;
