import fc from 'fast-check';
import type { z } from 'zod';

/**
 * Arbitraries derived from a zod 4 schema by walking its definition: inputs that pass it, and
 * near-valid inputs that differ from one of those in a single place (a field, a missing key, an
 * extra key). The walk reads zod's internal definitions (`_zod.def`), which zod documents for
 * library authors; an unknown node falls back to arbitrary values.
 */

type Schema = z.core.$ZodType;
type Path = Array<string | number>;

interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  length?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

interface Def {
  type: string;
  shape?: Record<string, Schema>;
  innerType?: Schema;
  element?: Schema;
  in?: Schema;
  out?: Schema;
  options?: Schema[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  format?: string;
  pattern?: RegExp;
  checks?: Array<{ _zod: { def: CheckDef } }>;
}

const defOf = (schema: Schema) => schema._zod.def as unknown as Def;
const checksOf = (schema: Schema) => (defOf(schema).checks ?? []).map((c) => c._zod.def);
const passes = (schema: Schema, value: unknown) =>
  (schema as unknown as z.ZodType).safeParse(value).success;
const isOptional = (schema: Schema) => schema._zod.optin === 'optional';

/** Strings the fuzzer should try for a field, by the field's name (ids of real objects, tokens...). */
export type StringHints = (key: string) => readonly string[];

interface Bounds {
  min?: number;
  max?: number;
  minExclusive?: boolean;
  maxExclusive?: boolean;
  integer: boolean;
}

function numberBounds(schema: Schema): Bounds {
  const bounds: Bounds = { integer: false };
  for (const c of checksOf(schema)) {
    if (c.check === 'greater_than')
      Object.assign(bounds, { min: c.value, minExclusive: !c.inclusive });
    if (c.check === 'less_than')
      Object.assign(bounds, { max: c.value, maxExclusive: !c.inclusive });
    if (c.check === 'number_format') bounds.integer = true;
  }
  return bounds;
}

function lengthBounds(schema: Schema): { min: number; max: number | undefined } {
  let min = 0;
  let max: number | undefined;
  for (const c of checksOf(schema)) {
    if (c.check === 'min_length') min = c.minimum ?? 0;
    if (c.check === 'max_length') max = c.maximum;
    if (c.check === 'length_equals') min = max = c.length ?? 0;
  }
  return { min, max };
}

function stringFormat(schema: Schema): { format?: string; pattern?: RegExp } {
  const def = defOf(schema);
  if (def.format) return { format: def.format, pattern: def.pattern };
  const check = checksOf(schema).find((c) => c.check === 'string_format');
  return check ? { format: check.format, pattern: check.pattern } : {};
}

/** `today` ± a few years, and the edges of the supported range. */
const validDates = fc.oneof(
  fc
    .integer({ min: -800, max: 400 })
    .map((offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)),
  fc.constantFrom('2000-01-01', '2024-02-29', '2099-12-31', '2100-12-31', '1990-05-01'),
  // Birth dates of adults.
  fc.integer({ min: 1930, max: 2005 }).map((year) => `${year}-06-15`),
);

/** Candidate valid strings for a leaf; those that never pass it are dropped. */
function stringCandidates(schema: Schema, key: string, hints: StringHints): fc.Arbitrary<string>[] {
  const { min, max } = lengthBounds(schema);
  const { format, pattern } = stringFormat(schema);
  const pool = hints(key);
  const short = Math.min(max ?? 40, Math.max(min, 40));
  const candidates: fc.Arbitrary<string>[] = [];
  // Real objects' ids outweigh random ones, so calls reach past "not found".
  if (pool.length)
    candidates.push(
      ...Array.from({ length: format === 'uuid' ? 3 : 1 }, () => fc.constantFrom(...pool)),
    );
  if (format === 'uuid' || format === 'guid') candidates.push(fc.uuid());
  else if (format === 'email')
    candidates.push(
      fc.emailAddress().filter((e) => e.length <= 254),
      fc.stringMatching(/^[a-z]{3,10}\.[a-z]{2,8}@[a-z]{3,8}\.test$/),
    );
  else if (format === 'url')
    candidates.push(fc.webSegment().map((segment) => `https://media.example.com/${segment}`));
  else if (format === 'regex' && pattern) candidates.push(fc.stringMatching(pattern));
  else {
    candidates.push(
      validDates,
      fc.string({ minLength: min, maxLength: short }),
      fc.string({ unit: 'grapheme', minLength: min, maxLength: short }),
      fc.stringMatching(/^[a-z]{2,12}(?: [a-z]{2,12}){0,3}$/),
    );
  }
  return candidates;
}

/** Keeps the candidates that produce valid values at all, so the walk reaches past validation. */
function keepPassing<T>(schema: Schema, candidates: fc.Arbitrary<T>[]): fc.Arbitrary<T> | null {
  const kept = candidates.filter((arb) =>
    fc.sample(arb, { numRuns: 30, seed: 1 }).some((v) => passes(schema, v)),
  );
  if (!kept.length) return null;
  return fc.oneof(...kept).filter((v) => passes(schema, v));
}

/**
 * Cross-field refinements (a minimum under its maximum...) refuse some combinations of valid
 * fields; when enough pass, keep only those, so a near-valid input differs in one place only.
 */
function mostlyPassing<T>(schema: Schema, arb: fc.Arbitrary<T>): fc.Arbitrary<T> {
  const sample = fc.sample(arb, { numRuns: 200, seed: 1 });
  const share = sample.filter((v) => passes(schema, v)).length / sample.length;
  return share >= 0.02 && share < 1 ? arb.filter((v) => passes(schema, v)) : arb;
}

function numberArbitrary(schema: Schema): fc.Arbitrary<number> {
  const b = numberBounds(schema);
  const min = b.min ?? -1_000_000;
  const max = b.max ?? 1_000_000;
  const arb = b.integer
    ? fc.oneof(
        // Unbounded counts such as versions are small in real data.
        fc.integer({ min: Math.ceil(min), max: Math.min(Math.floor(max), Math.ceil(min) + 5) }),
        fc.integer({ min: Math.ceil(min), max: Math.floor(max) }),
      )
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  return arb.filter((v) => passes(schema, v));
}

/** Values that pass `schema` (most of the time: cross-field refinements may still refuse some). */
export function validArbitrary(
  schema: Schema,
  hints: StringHints,
  key = '',
): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      const shape = def.shape!;
      const fields = Object.fromEntries(
        Object.entries(shape).map(([k, s]) => [k, validArbitrary(s, hints, k)]),
      );
      const requiredKeys = Object.keys(shape).filter((k) => !isOptional(shape[k]!));
      return mostlyPassing(schema, fc.record(fields, { requiredKeys }));
    }
    case 'optional':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return validArbitrary(def.innerType!, hints, key);
    case 'nullable':
      return fc.oneof(
        { weight: 4, arbitrary: validArbitrary(def.innerType!, hints, key) },
        { weight: 1, arbitrary: fc.constant(null) },
      );
    case 'pipe': {
      const candidates = [validArbitrary(def.in!, hints, key)];
      if (defOf(def.out!).type !== 'transform')
        candidates.push(validArbitrary(def.out!, hints, key));
      return keepPassing(schema, candidates) ?? candidates[0]!;
    }
    case 'string':
      return keepPassing(schema, stringCandidates(schema, key, hints)) ?? fc.string();
    case 'number':
      return numberArbitrary(schema);
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries!));
    case 'literal':
      return fc.constantFrom(...def.values!);
    case 'array': {
      const { min, max } = lengthBounds(schema);
      return mostlyPassing(
        schema,
        fc.array(validArbitrary(def.element!, hints, key), {
          minLength: min,
          maxLength: Math.min(max ?? min + 3, min + 3),
        }),
      );
    }
    case 'union':
      return fc.oneof(...def.options!.map((o) => validArbitrary(o, hints, key)));
    default:
      return fc.anything();
  }
}

/** One place a near-valid input can differ: a leaf value, or an object (for missing/extra keys). */
interface Slot {
  path: Path;
  schema: Schema;
}

/** Every leaf and object of the schema, with array elements at index 0. */
export function slotsOf(schema: Schema, path: Path = []): Slot[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return [
        { path, schema },
        ...Object.entries(def.shape!).flatMap(([k, s]) => slotsOf(s, [...path, k])),
      ];
    case 'optional':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nullable':
      return slotsOf(def.innerType!, path);
    case 'pipe':
      return slotsOf(def.in!, path);
    case 'array':
      return [{ path, schema }, ...slotsOf(def.element!, [...path, 0])];
    default:
      return [{ path, schema }];
  }
}

const HUGE = 100_000;
const ODD_TEXT = [
  '',
  ' ',
  '\n\t ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFFy',
  '\uD83D',
  '\u202Eevil\u202C',
  '\u200B',
  '\uFEFFbom',
  'e\u0301'.repeat(500),
  '👩‍👩‍👧‍👦🏳️‍🌈',
  "'; drop table users; --",
  '%_\\',
  '<script>alert(1)</script>',
  'a'.repeat(HUGE),
  '😀'.repeat(HUGE / 2),
  '\u0000'.repeat(1000),
];
const ODD_DATES = [
  '2026-02-30',
  '0000-00-00',
  '9999-99-99',
  '9999-12-31',
  '0001-01-01',
  '0100-02-28',
  '1999-12-31',
  '2101-01-01',
  '2026-02-29',
  '2026-13-01',
  '2026-00-10',
  '2026-1-1',
  ' 2026-01-01',
  '2026-01-01T00:00:00Z',
  '+02026-01-01',
  '2026-01-01\u0000',
];
const ODD_UUIDS = [
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '------------------------------------',
  '{00000000-0000-0000-0000-000000000000}',
  '00000000-0000-0000-0000-00000000000g',
];
const ODD_NUMBERS = [
  -1,
  0,
  -0,
  0.5,
  -0.5,
  1e-320,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 32,
  2 ** 53,
  2 ** 53 + 2,
  1e21,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
];
/** Wrong types for any field; dates, bigints, maps and sets are what superjson can deliver over HTTP. */
const WRONG_TYPES: unknown[] = [
  null,
  undefined,
  true,
  0,
  '7',
  [],
  {},
  [null],
  { a: 1 },
  10n ** 30n,
  new Date(Number.NaN),
  new Date('2026-01-01T00:00:00Z'),
  new Map([['a', 1]]),
  new Set([1]),
  Array.from({ length: 10_000 }, () => 1),
];
const EXTRA_KEYS = [
  '__proto__',
  'constructor',
  'toString',
  'then',
  'id',
  'role',
  'coachId',
  'ownerId',
  'isSystem',
  'x',
];

/** Wrong values for one slot: boundaries and oddities of its own type, plus other types. */
function badValues(slot: Slot, hints: StringHints): fc.Arbitrary<unknown> {
  const def = defOf(slot.schema);
  const key = String(slot.path.filter((p) => typeof p === 'string').at(-1) ?? '');
  const own: fc.Arbitrary<unknown>[] = [];
  if (def.type === 'number') {
    const b = numberBounds(slot.schema);
    const edges = [b.min, b.max]
      .filter((v): v is number => v !== undefined)
      .flatMap((v) => [v - 1, v, v + 1, v - 0.001, v + 0.001]);
    own.push(
      fc.constantFrom(...ODD_NUMBERS, ...edges),
      fc.constantFrom(...ODD_NUMBERS, ...edges),
      fc.double(),
      fc.integer(),
    );
  }
  if (def.type === 'string' || def.type === 'pipe' || def.type === 'enum') {
    const { max } = lengthBounds(slot.schema);
    const lengths =
      max === undefined ? [] : ['a'.repeat(max), 'a'.repeat(max + 1), ' '.repeat(max + 1)];
    const pool = hints(key);
    own.push(
      fc.constantFrom(...ODD_TEXT, ...ODD_DATES, ...ODD_UUIDS, ...lengths),
      fc.string({ unit: 'binary', maxLength: 200 }),
    );
    if (pool.length)
      own.push(
        fc.constantFrom(...pool).map((s) => s.toUpperCase()),
        fc.constantFrom(...pool).map((s) => ` ${s}\u0000`),
      );
    const opaque = pool.flatMap((s) => decodedOpaque(s) ?? []);
    if (opaque.length) own.push(tamperedOpaque(opaque));
  }
  if (def.type === 'array') {
    const element = validArbitrary(defOf(slot.schema).element!, hints, key);
    own.push(
      fc.constant([]),
      element.map((e) => Array.from({ length: 10_000 }, () => e)),
      element.map((e) => [e, e, e]),
      fc.array(fc.anything(), { maxLength: 20 }),
    );
  }
  return fc.oneof(
    ...(own.length ? [{ weight: 3, arbitrary: fc.oneof(...own) }] : []),
    { weight: 1, arbitrary: fc.constantFrom(...WRONG_TYPES) },
    {
      weight: 1,
      arbitrary: fc.anything({
        withBigInt: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
      }),
    },
  );
}

/** An opaque token the API handed out (a cursor...) that is base64url-encoded JSON, decoded. */
function decodedOpaque(text: string): { value: unknown } | null {
  if (!/^[A-Za-z0-9_-]{8,}$/.test(text)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    return value !== null && typeof value === 'object' ? { value } : null;
  } catch {
    return null;
  }
}

function leafPaths(value: unknown, path: Path = []): Path[] {
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) =>
      leafPaths(v, [...path, Array.isArray(value) ? Number(k) : k]),
    );
  return [path];
}

/** Such a token re-encoded with one value inside it replaced: what a forger would try. */
function tamperedOpaque(tokens: Array<{ value: unknown }>): fc.Arbitrary<string> {
  const odd = fc.constantFrom<unknown>(
    ...ODD_TEXT.filter((t) => t.length < 1000),
    ...ODD_UUIDS,
    ...ODD_DATES,
    ...ODD_NUMBERS,
    null,
    [],
    {},
  );
  return fc
    .constantFrom(...tokens)
    .chain(({ value }) => fc.tuple(fc.constant(value), fc.constantFrom(...leafPaths(value)), odd))
    .map(([value, path, replacement]) => {
      const forged = changedAt(value, path, (parent, key) => put(parent, key, replacement));
      return Buffer.from(JSON.stringify(forged) ?? 'null').toString('base64url');
    });
}

const clone = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(clone)
    : value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clone(v)]))
      : value;

/** Own data property (so `__proto__` is a key, as JSON.parse makes it, not the prototype). */
function put(target: Record<string | number, unknown>, key: string | number, value: unknown) {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** `base` with the value at `path` replaced (or removed, or an extra key added); parents are made as needed. */
export function changedAt(
  base: unknown,
  path: Path,
  change: (parent: Record<string | number, unknown>, key: string | number) => void,
): unknown {
  if (!path.length) {
    const holder: Record<string, unknown> = { root: clone(base) };
    change(holder, 'root');
    return holder.root;
  }
  const root = (clone(base) ?? {}) as Record<string | number, unknown>;
  let parent = root;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    let next = parent[key];
    if (!next || typeof next !== 'object') {
      next = typeof path[i + 1] === 'number' ? [] : {};
      put(parent, key, next);
    }
    parent = next as Record<string | number, unknown>;
  }
  change(parent, path.at(-1)!);
  return root;
}

export interface NearValid {
  input: unknown;
  /** What was changed, for the failure report. */
  change: string;
}

/** A valid input with exactly one thing wrong (or odd) about it. */
export function nearValidArbitrary(schema: Schema, hints: StringHints): fc.Arbitrary<NearValid> {
  const slots = slotsOf(schema);
  const base = validArbitrary(schema, hints);
  const mutation = fc.constantFrom(...slots).chain((slot) => {
    const label = slot.path.join('.') || 'input';
    const objectChanges: fc.Arbitrary<[string, (v: unknown) => unknown]>[] = [];
    if (defOf(slot.schema).type === 'object') {
      const keys = Object.keys(defOf(slot.schema).shape!);
      if (keys.length)
        objectChanges.push(
          fc
            .constantFrom(...keys)
            .map((k): [string, (v: unknown) => unknown] => [
              `${label}: without ${k}`,
              (v) => changedAt(v, [...slot.path, k], (parent, key) => delete parent[key]),
            ]),
        );
      objectChanges.push(
        fc
          .tuple(fc.constantFrom(...EXTRA_KEYS), fc.anything())
          .map(([k, value]): [string, (v: unknown) => unknown] => [
            `${label}: extra key ${k}`,
            (v) => changedAt(v, [...slot.path, k], (parent, key) => put(parent, key, value)),
          ]),
      );
    }
    const replace = badValues(slot, hints).map((value): [string, (v: unknown) => unknown] => [
      `${label} = ${describeValue(value)}`,
      (v) => changedAt(v, slot.path, (parent, key) => put(parent, key, value)),
    ]);
    return fc.oneof(replace, ...objectChanges);
  });
  return fc
    .tuple(base, mutation)
    .map(([input, [change, apply]]) => ({ input: apply(input), change }));
}

/** A short, printable description of a value (huge strings and arrays by their length). */
export function describeValue(value: unknown): string {
  if (typeof value === 'string')
    return value.length > 60
      ? `string(${value.length}) ${JSON.stringify(value.slice(0, 20))}…`
      : JSON.stringify(value);
  if (Array.isArray(value) && value.length > 20) return `array(${value.length})`;
  if (typeof value === 'bigint') return `${value}n`;
  if (value instanceof Date)
    return `Date(${Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString()})`;
  try {
    const text = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
    if (text === undefined) return String(value);
    return text.length > 200 ? `${text.slice(0, 200)}…` : text;
  } catch {
    return String(value);
  }
}
