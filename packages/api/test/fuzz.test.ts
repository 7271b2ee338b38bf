import { inspect } from 'node:util';
import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '@sixstep/db';
import { appRouter } from '../src';
import { fingerprintDifference, watchDatabase, type DatabaseWatch } from './fuzz-fingerprint';
import { RejectionLedger } from './fuzz-ledger';
import { ACTORS, createFuzzWorld, type FuzzWorld } from './fuzz-world';
import { describeValue, nearValidArbitrary, validArbitrary, type NearValid } from './fuzz-zod';
import type { Actor, Harness } from './harness';

/**
 * Every procedure, as every kind of caller, gets random values and near-valid inputs derived
 * from its own zod schema. Whatever comes in: never INTERNAL_SERVER_ERROR (nor any error that is
 * not a TRPCError), and a rejected call leaves the database exactly as it was.
 *
 * FUZZ_RUNS: inputs per procedure (the suite's default keeps this file near a minute per engine).
 * FUZZ_SEED: replays a run. FUZZ_PARANOID: fingerprint after every call (see fuzz-ledger.ts).
 */
const RUNS = Number(process.env.FUZZ_RUNS || 80);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;

type Procedure = { _def: { inputs: unknown[]; type: string } };
const procedures = appRouter._def.procedures as unknown as Record<string, Procedure>;
type Caller = ReturnType<Harness['as']>;

/** The procedure's zod input schema; inputs are derived from zod only, so anything else fails loudly. */
function inputSchemaOf(path: string): z.core.$ZodType | undefined {
  const { inputs } = procedures[path]!._def;
  if (inputs.length > 1)
    throw new Error(
      `${path}: the fuzzer derives inputs from one input schema, not ${inputs.length}`,
    );
  const [schema] = inputs;
  if (schema !== undefined && !(typeof schema === 'object' && schema !== null && '_zod' in schema))
    throw new Error(`${path}: the fuzzer derives inputs from zod schemas only`);
  return schema as z.core.$ZodType | undefined;
}

const passes = (schema: z.core.$ZodType, value: unknown) =>
  (schema as unknown as z.ZodType).safeParse(value).success;

function procedureOf(caller: Caller, path: string): (input: unknown) => Promise<unknown> {
  const [group, name] = path.split('.') as [string, string];
  return (
    caller as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>
  )[group]![name]!;
}

/** Random values of every shape, including what superjson can carry over HTTP (dates, maps, bigints). */
function randomInput(keys: string[]): fc.Arbitrary<NearValid> {
  const value = fc.anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withSparseArray: true,
  });
  const arbitraries: fc.Arbitrary<unknown>[] = [fc.jsonValue(), value];
  // Random values under the procedure's own keys get past the "not an object" check.
  if (keys.length) arbitraries.push(fc.dictionary(fc.constantFrom(...keys), value));
  return fc
    .oneof(...arbitraries)
    .map((input) => ({ input, change: `random ${describeValue(input)}` }));
}

function inputArbitrary(
  schema: z.core.$ZodType | undefined,
  world: FuzzWorld,
  path: string,
): fc.Arbitrary<NearValid> {
  const def = schema?._zod.def as
    { type: string; innerType?: { _zod: { def: { shape?: object } } }; shape?: object } | undefined;
  const shape = def?.shape ?? def?.innerType?._zod.def.shape;
  const random = randomInput(shape ? Object.keys(shape) : []);
  if (!schema) return random;
  const hints = world.hintsFor(path);
  return fc.oneof(
    { weight: 1, arbitrary: random },
    {
      weight: 2,
      arbitrary: validArbitrary(schema, hints).map((input) => ({
        input,
        change: `valid ${describeValue(input)}`,
      })),
    },
    { weight: 4, arbitrary: nearValidArbitrary(schema, hints) },
  );
}

/**
 * Callers the procedure lets in get most of the inputs, so inputs reach its service; the others
 * still get some. Who is let in is found by calling without an input: the role checks run before
 * the input is parsed, so a refused caller gets UNAUTHORIZED or FORBIDDEN, an admitted one
 * BAD_REQUEST (or, for a query without input, its answer).
 */
async function actorArbitrary(path: string): Promise<fc.Arbitrary<Actor>> {
  // Without an input to refuse, probing a mutation would run it: every caller gets the same share.
  if (!inputSchemaOf(path) && procedures[path]!._def.type !== 'query')
    return fc.constantFrom(...ACTORS);
  const admitted: Actor[] = [];
  for (const actor of ACTORS) {
    const refused = await procedureOf(
      world.h.as(actor),
      path,
    )(undefined).then(
      () => false,
      (e: unknown) =>
        e instanceof TRPCError && (e.code === 'UNAUTHORIZED' || e.code === 'FORBIDDEN'),
    );
    if (!refused) admitted.push(actor);
  }
  return fc.oneof(
    ...ACTORS.map((actor) => ({
      weight: admitted.includes(actor) ? 4 : 1,
      arbitrary: fc.constant(actor),
    })),
  );
}

interface Coverage {
  calls: number;
  passedSchema: number;
  accepted: number;
}

let world: FuzzWorld;
let watch: DatabaseWatch;
let ledger: RejectionLedger;
const coverage: Record<string, Coverage> = {};
const started = Date.now();

beforeAll(async () => {
  world = await createFuzzWorld();
  watch = await watchDatabase(world.h.database.db);
  ledger = new RejectionLedger(watch, Boolean(process.env.FUZZ_PARANOID));
});
afterAll(async () => {
  const total = Object.values(coverage).reduce((sum, c) => sum + c.calls, 0);
  console.info(
    Object.entries(coverage)
      .map(
        ([path, c]) =>
          `${path}: ${c.calls} calls, ${c.passedSchema} past the schema, ${c.accepted} accepted`,
      )
      .join('\n') +
      `\nfuzz: ${total} calls over ${Object.keys(coverage).length} procedures in ${((Date.now() - started) / 1000).toFixed(1)} s ` +
      `(seed ${SEED}, ${RUNS} inputs per procedure, ${ledger?.checkedRejections} rejected calls checked, ${ledger?.fingerprints} fingerprints)`,
  );
  await world?.h.destroy();
});

describe('the database watch', () => {
  it('counts committed writes, not rolled-back ones, and fingerprints every table', async () => {
    const { db } = world.h.database;
    const before = { writes: await watch.committedWrites(), print: await watch.fingerprint() };
    await db
      .transaction(async (tx) => {
        await tx.update(users).set({ name: 'Rolled back' }).where(eq(users.id, world.h.ids.client));
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect(await watch.committedWrites()).toBe(before.writes);
    expect(await watch.fingerprint()).toEqual(before.print);

    await db.update(users).set({ name: 'Committed' }).where(eq(users.id, world.h.ids.client));
    expect(await watch.committedWrites()).toBeGreaterThan(before.writes);
    expect(fingerprintDifference(before.print, await watch.fingerprint())).toEqual([
      expect.stringMatching(/^users: /),
    ]);
    expect(Object.keys(before.print)).toEqual(
      expect.arrayContaining(['users', 'day_logs', 'workout_logs', 'audit_log', 'login_attempts']),
    );
  });
});

describe(`fuzzing every procedure (seed ${SEED})`, () => {
  for (const path of Object.keys(procedures).sort()) {
    it(
      path,
      async () => {
        await world.restoreCast();
        const actors = await actorArbitrary(path);
        await ledger.sync();
        const schema = inputSchemaOf(path);
        const stats: Coverage = (coverage[path] = { calls: 0, passedSchema: 0, accepted: 0 });
        const failures = new Map<string, string>();
        const findingsBefore = ledger.findings.length;

        await fc.assert(
          fc.asyncProperty(
            actors,
            inputArbitrary(schema, world, path),
            async (actor, { input, change }) => {
              const valid = schema ? passes(schema, input) : true;
              let error: unknown = null;
              try {
                await procedureOf(world.h.as(actor), path)(input);
              } catch (e) {
                error = e;
              }
              stats.calls++;
              if (valid) stats.passedSchema++;
              if (!error) stats.accepted++;
              if (
                error &&
                (!(error instanceof TRPCError) || error.code === 'INTERNAL_SERVER_ERROR')
              ) {
                const cause = error instanceof TRPCError ? (error.cause ?? error) : error;
                const message = cause instanceof Error ? cause.message : inspect(cause);
                // One example per distinct error, so a long run lists each bug once.
                const signature = message.replace(/[0-9a-f-]{36}|\d+/g, '#').slice(0, 160);
                if (!failures.has(signature))
                  failures.set(signature, `as ${actor}, ${change}: ${message}`);
              }
              await ledger.afterCall(`${actor} ${change}`, error !== null);
            },
          ),
          { numRuns: RUNS, seed: SEED },
        );

        expect([...failures.values()]).toEqual([]);
        expect(ledger.findings.slice(findingsBefore)).toEqual([]);
      },
      Math.max(60_000, RUNS * 150),
    );
  }

  it('covered every procedure of the router, each with inputs that passed its schema', () => {
    expect(Object.keys(coverage).sort()).toEqual(Object.keys(procedures).sort());
    for (const [path, stats] of Object.entries(coverage)) {
      expect(stats.calls, path).toBe(RUNS);
      if (inputSchemaOf(path))
        expect(stats.passedSchema, `${path}: inputs that passed its schema`).toBeGreaterThan(0);
    }
  });
});
