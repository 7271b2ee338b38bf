/** One changed field in an audit entry's `details.changes`, the shape every writer uses. */
export interface FieldChange {
  /** Dotted path of the field, e.g. `heightCm` or `targets.cardio.sessionsPerWeek`. */
  field: string;
  before: unknown;
  after: unknown;
}

function flatten(value: unknown, prefix: string, out: Map<string, unknown>) {
  if (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    !(value instanceof Date)
  )
    for (const [key, inner] of Object.entries(value)) flatten(inner, `${prefix}.${key}`, out);
  else out.set(prefix, value instanceof Date ? value.toISOString() : value);
  return out;
}

/**
 * What a save changed, field by field with the stored value before and after: only the fields
 * sent (`after`'s keys, undefined skipped) and only those that differ. Nested objects become one
 * entry per leaf, so a history can say "Cardio sessions a week 4 → 3" rather than "targets".
 */
export function fieldChanges(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [key, value] of Object.entries(after)) {
    if (value === undefined) continue;
    const old = flatten(before[key] ?? null, key, new Map());
    for (const [field, next] of flatten(value, key, new Map())) {
      const previous = old.get(field) ?? null;
      if (JSON.stringify(previous) !== JSON.stringify(next))
        changes.push({ field, before: previous, after: next });
    }
  }
  return changes;
}
