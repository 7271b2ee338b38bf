/**
 * Everything is stored in SI units (kg, cm); these convert for display and input
 * in the user's preferred system. Factors are the exact international definitions.
 */
export const UNIT_SYSTEMS = ['kg', 'lb'] as const;
export type UnitSystem = (typeof UNIT_SYSTEMS)[number];

/** 1 lb = 0.45359237 kg exactly. */
export const KG_PER_LB = 0.45359237;
/** 1 in = 2.54 cm exactly. */
export const CM_PER_IN = 2.54;

export const kgToLb = (kg: number): number => kg / KG_PER_LB;
export const lbToKg = (lb: number): number => lb * KG_PER_LB;
export const cmToIn = (cm: number): number => cm / CM_PER_IN;
export const inToCm = (inches: number): number => inches * CM_PER_IN;

function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** A stored weight expressed in the user's unit, rounded for display (1 decimal by default). */
export function weightInUnit(kg: number, unit: UnitSystem, decimals = 1): number {
  return roundTo(unit === 'kg' ? kg : kgToLb(kg), decimals);
}

/** A weight typed in the user's unit, converted to kg for storage. */
export function weightToKg(value: number, unit: UnitSystem): number {
  return unit === 'kg' ? value : lbToKg(value);
}

/** "80.0 kg" / "176.4 lb". */
export function formatWeight(kg: number, unit: UnitSystem, decimals = 1): string {
  return `${weightInUnit(kg, unit, decimals).toFixed(decimals)} ${unit}`;
}

/** Body lengths (waist, hips, chest) go with the weight unit: cm beside kg, inches beside lb. */
export const lengthUnitOf = (unit: UnitSystem): 'cm' | 'in' => (unit === 'kg' ? 'cm' : 'in');

/** A stored length in the user's unit, rounded for display. */
export function lengthInUnit(cm: number, unit: UnitSystem, decimals = 1): number {
  return roundTo(unit === 'kg' ? cm : cmToIn(cm), decimals);
}

/** A length typed in the user's unit, converted to cm for storage. */
export function lengthToCm(value: number, unit: UnitSystem): number {
  return unit === 'kg' ? value : inToCm(value);
}

/** "84.0 cm" / "33.1 in". */
export function formatLength(cm: number, unit: UnitSystem, decimals = 1): string {
  return `${lengthInUnit(cm, unit, decimals).toFixed(decimals)} ${lengthUnitOf(unit)}`;
}
