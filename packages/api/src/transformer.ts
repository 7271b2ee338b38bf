import superjson, { type SuperJSONResult } from 'superjson';

/** Keys superjson refuses anywhere in a value it walks (prototype pollution). */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** What a walk found: the paths of the dates, and whether a key superjson refuses is present. */
interface Found {
  dates: (string | number)[][];
  unsafeKey: boolean;
}

/**
 * Walks a value once (`path` is the current path, shared and restored on the way back): true when plain JSON carries it unchanged (null, strings, booleans, finite
 * numbers but -0, arrays and plain objects of those) apart from valid dates, whose paths it
 * collects. Anything else (undefined, Map, BigInt, invalid dates, ...) is `unsupported`.
 */
function walk(value: unknown, path: (string | number)[], found: Found): boolean {
  if (value === null) return true;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object': {
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          path.push(i);
          const ok = walk(value[i], path, found);
          path.pop();
          if (!ok) return false;
        }
        return true;
      }
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime()) || path.length === 0) return false;
        found.dates.push([...path]);
        return true;
      }
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) return false;
      for (const key of Object.keys(value)) {
        if (UNSAFE_KEYS.has(key)) found.unsafeKey = true;
        path.push(key);
        const ok = walk((value as Record<string, unknown>)[key], path, found);
        path.pop();
        if (!ok) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

/** What `walk` found, or null when the value is not JSON-safe apart from dates. */
function inspect(value: unknown): Found | null {
  const found: Found = { dates: [], unsafeKey: false };
  return walk(value, [], found) ? found : null;
}

/** The value with its dates as ISO strings, as superjson's `json` part holds them. */
function withIsoDates(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(withIsoDates);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, withIsoDates(item)]),
    );
  return value;
}

/** superjson's path text (format v1): segments joined by dots, dots and backslashes escaped. */
const pathText = (path: (string | number)[]) =>
  path.map((segment) => String(segment).replace(/\\/g, '\\\\').replace(/\./g, '\\.')).join('.');

/**
 * superjson on the wire, with a fast path: a value that is plain JSON apart from dates is sent
 * in superjson's own form (`{ json }`, plus `meta.values` naming each date's path) after one walk.
 * superjson's own walk builds a path array per node and costs far more than the query for a
 * 1,000-row roster or a day with dozens of workouts. Anything else (undefined, Map, -0, ...) goes
 * through superjson, so the browser's superjson client reads both the same way.
 */
export const transformer = {
  serialize(value: unknown): SuperJSONResult {
    const found = inspect(value);
    // superjson refuses (throws on) such keys; plain JSON has always been sent as it is.
    if (!found || (found.unsafeKey && found.dates.length > 0)) return superjson.serialize(value);
    if (found.dates.length === 0) return { json: value as SuperJSONResult['json'] };
    const values = Object.fromEntries(found.dates.map((path) => [pathText(path), ['Date']]));
    return {
      json: withIsoDates(value) as SuperJSONResult['json'],
      meta: { values, v: 1 } as SuperJSONResult['meta'],
    };
  },
  deserialize<T>(payload: SuperJSONResult): T {
    return superjson.deserialize<T>(payload);
  },
};
