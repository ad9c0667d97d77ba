package org.harambee.geography;

import java.util.UUID;

/**
 * A re-import moved a unit under another parent. Every path that starts with {@code oldPath} now starts with
 * {@code newPath}: modules that keep a unit path beside their records rewrite that prefix.
 */
public record UnitMoved(UUID unitId, String pcode, String oldPath, String newPath) {}
