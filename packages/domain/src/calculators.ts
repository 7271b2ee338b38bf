import type { IsoDate } from './dates';
import { addDays, daysBetween } from './dates';
import type { ActivityLevel } from './profile';
import { ACTIVITY_FACTORS } from './profile';
import type { Sex } from './program';

/**
 * Energy calculators behind step 4 (calorie deficit). Inputs are SI units.
 * BMR and TDEE are returned unrounded by the low-level functions; the summary
 * `calorieTargetFor` rounds to whole kcal for display and storage.
 */

/** A daily deficit of this size is the program's default (≈ 0.45 kg, 1 lb, a week). */
export const DEFAULT_DEFICIT_KCAL = 500;
/** Energy in one kg of body fat, the usual rule of thumb (3,500 kcal per lb). */
export const KCAL_PER_KG_FAT = 7700;

const CALORIE_FLOORS: Record<Sex, number> = { female: 1300, male: 1500 };

export interface BodyProfile {
  sex: Sex;
  weightKg: number;
  heightCm: number;
  ageYears: number;
}

/** Basal metabolic rate, Mifflin-St Jeor: 10·kg + 6.25·cm − 5·age + (5 men | −161 women). */
export function bmrMifflinStJeor({ sex, weightKg, heightCm, ageYears }: BodyProfile): number {
  return 10 * weightKg + 6.25 * heightCm - 5 * ageYears + (sex === 'male' ? 5 : -161);
}

/** Total daily energy expenditure: BMR × the activity factor. */
export function tdee(bmr: number, activityLevel: ActivityLevel): number {
  return bmr * ACTIVITY_FACTORS[activityLevel];
}

/** Lowest daily intake the product allows: 1,300 kcal for women, 1,500 kcal for men. */
export function calorieFloor(sex: Sex): number {
  return CALORIE_FLOORS[sex];
}

/** Age in whole years on a given date (a birthday counts from that day on; 29 Feb births turn a year older on 1 Mar in common years). */
export function ageOn(birthDate: IsoDate, onDate: IsoDate): number {
  if (daysBetween(birthDate, onDate) < 0)
    throw new RangeError(`Birth date ${birthDate} is after ${onDate}`);
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [oy, om, od] = onDate.split('-').map(Number) as [number, number, number];
  const hadBirthday = om > bm || (om === bm && od >= bd);
  return oy - by - (hadBirthday ? 0 : 1);
}

export interface CalorieTarget {
  /** Basal metabolic rate, whole kcal. */
  bmr: number;
  /** Maintenance intake, whole kcal. */
  tdee: number;
  /** TDEE − 500, raised to the floor when lower. */
  targetKcal: number;
  floorKcal: number;
  /**
   * TDEE − target. Below 500 when the floor lifted the target; negative when even
   * the floor is above maintenance (then no loss is expected at the floor).
   */
  deficitKcal: number;
}

/** The default personal calorie target: TDEE − 500, never under the floor for the client's sex. */
export function calorieTargetFor(
  profile: BodyProfile & { activityLevel: ActivityLevel },
): CalorieTarget {
  const bmr = bmrMifflinStJeor(profile);
  const maintenance = tdee(bmr, profile.activityLevel);
  const floorKcal = calorieFloor(profile.sex);
  const targetKcal = Math.max(floorKcal, Math.round(maintenance - DEFAULT_DEFICIT_KCAL));
  const roundedTdee = Math.round(maintenance);
  return {
    bmr: Math.round(bmr),
    tdee: roundedTdee,
    targetKcal,
    floorKcal,
    deficitKcal: roundedTdee - targetKcal,
  };
}

/**
 * Checks a calorie target a coach sets by hand. Returns a message to show, or null when
 * acceptable. A target under the floor is refused whatever the client's TDEE.
 */
export function validateCalorieTarget(targetKcal: number, sex: Sex): string | null {
  if (!Number.isInteger(targetKcal)) return 'The calorie target must be a whole number of kcal';
  const floor = calorieFloor(sex);
  if (targetKcal < floor) {
    const who = sex === 'female' ? 'women' : 'men';
    return `The calorie target (${targetKcal.toLocaleString('en-US')} kcal) is under the floor of ${floor.toLocaleString('en-US')} kcal a day for ${who}`;
  }
  return null;
}

/** Expected fat loss per week for a daily deficit: deficit × 7 ÷ 7,700 kg (negative deficit = gain). */
export function expectedWeeklyLossKg(deficitKcal: number): number {
  return (deficitKcal * 7) / KCAL_PER_KG_FAT;
}

export interface WeightPoint {
  date: IsoDate;
  weightKg: number;
}

/**
 * The weight the deficit predicts, one point a week from the start date (the start
 * weight itself) up to `until` inclusive; weights rounded to 0.01 kg. Empty when
 * `until` is before the start.
 */
export function expectedWeightLine({
  startWeightKg,
  startDate,
  deficitKcal,
  until,
}: {
  startWeightKg: number;
  startDate: IsoDate;
  deficitKcal: number;
  until: IsoDate;
}): WeightPoint[] {
  const weeklyLoss = expectedWeeklyLossKg(deficitKcal);
  const weeks = Math.floor(daysBetween(startDate, until) / 7);
  const points: WeightPoint[] = [];
  for (let k = 0; k <= weeks; k++) {
    points.push({
      date: addDays(startDate, 7 * k),
      weightKg: Math.round((startWeightKg - k * weeklyLoss) * 100) / 100,
    });
  }
  return points;
}
