import superjson, { type SuperJSONResult } from 'superjson';

/**
 * True when plain JSON carries the value unchanged: null, strings, booleans, finite numbers
 * (not -0), and arrays and plain objects of those. No undefined, Date, Map, BigInt, ...
 */
function isPlainJson(value: unknown): boolean {
  if (value === null) return true;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object': {
      if (Array.isArray(value)) return value.every(isPlainJson);
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) return false;
      for (const key of Object.keys(value))
        if (!isPlainJson((value as Record<string, unknown>)[key])) return false;
      return true;
    }
    default:
      return false;
  }
}

/**
 * superjson on the wire, with a fast path: a value that is plain JSON already is sent as
 * superjson's own `{ json }` form without its per-node walk, which for a 1,000-row roster costs
 * more than the query (each node gets a path array). Anything else (dates, undefined) goes
 * through superjson, so the browser's superjson client reads both the same way.
 */
export const transformer = {
  serialize(value: unknown): SuperJSONResult {
    return isPlainJson(value) ? { json: value as SuperJSONResult['json'] } : superjson.serialize(value);
  },
  deserialize<T>(payload: SuperJSONResult): T {
    return superjson.deserialize<T>(payload);
  },
};
