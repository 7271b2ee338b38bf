import { cmToIn, inToCm, type UnitSystem } from '@sixstep/domain';

/** Heights follow the weight unit: cm with kg, inches with lb. */
export const heightUnitOf = (unit: UnitSystem) => (unit === 'kg' ? 'cm' : 'in');

export function heightInUnit(cm: number, unit: UnitSystem): number {
  return Math.round((unit === 'kg' ? cm : cmToIn(cm)) * 10) / 10;
}

export function heightToCm(value: number, unit: UnitSystem): number {
  return Math.round((unit === 'kg' ? value : inToCm(value)) * 10) / 10;
}
