import fc from 'fast-check';
import superjson from 'superjson';
import { describe, expect, it } from 'vitest';
import { transformer } from '../src/transformer';

/** What crosses the wire: the serialised value as JSON text, read back by the browser's superjson. */
const overTheWire = (value: unknown) =>
  superjson.deserialize(
    JSON.parse(JSON.stringify(transformer.serialize(value))) as ReturnType<
      typeof superjson.serialize
    >,
  );

const anyValue = fc.anything({
  withDate: true,
  withMap: true,
  withSet: true,
  withBigInt: true,
  withNullPrototype: true,
  withObjectString: false,
});

describe('API transformer (superjson with a plain-JSON fast path)', () => {
  it('the browser reads back exactly what superjson alone would give, for any value', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        let reference: unknown;
        try {
          reference = superjson.deserialize(
            JSON.parse(JSON.stringify(superjson.serialize(value))) as ReturnType<
              typeof superjson.serialize
            >,
          );
        } catch {
          // superjson refuses keys such as __proto__. Plain JSON with one is still sent as it is (as
          // before the fast path, and the browser's superjson reads it without that key); anything
          // else must be refused the same way.
          let sent: unknown;
          try {
            sent = transformer.serialize(value);
          } catch {
            return;
          }
          expect(sent).toEqual({ json: value });
          expect(() => overTheWire(value)).not.toThrow();
          return;
        }
        expect(overTheWire(value)).toEqual(reference);
      }),
      { numRuns: 2000 },
    );
  });

  it('plain JSON takes the fast path and keeps dates, undefined and -0 through superjson', () => {
    const plain = { rows: [{ id: 'a', score: 0.5, flags: ['behind'], note: null }] };
    expect(transformer.serialize(plain)).toEqual({ json: plain });

    const day = new Date('2026-11-24T10:00:00Z');
    const rich = { at: day, missing: undefined, zero: -0 };
    const back = overTheWire(rich) as typeof rich;
    expect(back.at).toEqual(day);
    expect('missing' in back).toBe(true);
    expect(Object.is(back.zero, -0)).toBe(true);
  });

  it('dates take the fast path too: ISO strings in json, their paths in meta, read back as dates', () => {
    const at = new Date('2026-11-24T10:00:00.123Z');
    const value = { logged: { workouts: [{ id: 'w', createdAt: at }], 'a.b\\c': at } };
    const wire = transformer.serialize(value);
    expect(wire.json).toEqual({
      logged: {
        workouts: [{ id: 'w', createdAt: '2026-11-24T10:00:00.123Z' }],
        'a.b\\c': '2026-11-24T10:00:00.123Z',
      },
    });
    expect(wire.meta?.values).toEqual({
      'logged.workouts.0.createdAt': ['Date'],
      'logged.a\\.b\\\\c': ['Date'],
    });
    expect(overTheWire(value)).toEqual(value);
  });
});
