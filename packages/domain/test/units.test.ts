import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cmToIn, formatWeight, inToCm, kgToLb, lbToKg, weightInUnit, weightToKg } from '../src';

describe('units', () => {
  it('uses the exact international factors', () => {
    expect(lbToKg(1)).toBe(0.45359237);
    expect(kgToLb(0.45359237)).toBeCloseTo(1, 12);
    expect(kgToLb(100)).toBeCloseTo(220.462262, 5);
    expect(inToCm(1)).toBe(2.54);
    expect(cmToIn(182.88)).toBeCloseTo(72, 10);
  });

  it('round-trips (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1000, noNaN: true }), (x) => {
        expect(lbToKg(kgToLb(x))).toBeCloseTo(x, 9);
        expect(kgToLb(lbToKg(x))).toBeCloseTo(x, 9);
        expect(inToCm(cmToIn(x))).toBeCloseTo(x, 9);
        expect(cmToIn(inToCm(x))).toBeCloseTo(x, 9);
      }),
    );
  });

  it('shows weights in the user unit', () => {
    expect(formatWeight(80, 'kg')).toBe('80.0 kg');
    expect(formatWeight(80, 'lb')).toBe('176.4 lb');
    expect(formatWeight(72.456, 'kg', 2)).toBe('72.46 kg');
    expect(weightInUnit(80, 'lb')).toBe(176.4);
  });

  it('converts typed weights back to kg', () => {
    expect(weightToKg(80, 'kg')).toBe(80);
    expect(weightToKg(176.4, 'lb')).toBeCloseTo(80.01, 2);
  });
});
