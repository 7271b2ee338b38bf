import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ACTIVITY_LEVELS,
  ageOn,
  bmrMifflinStJeor,
  calorieFloor,
  calorieTargetFor,
  expectedWeeklyLossKg,
  expectedWeightLine,
  HEIGHT_CM_MAX,
  HEIGHT_CM_MIN,
  SEXES,
  tdee,
  validateCalorieTarget,
  WEIGHT_KG_MAX,
  WEIGHT_KG_MIN,
} from '../src';

describe('BMR and TDEE', () => {
  it('matches a hand calculation for a 35-year-old woman, 80 kg, 165 cm, moderate', () => {
    // 10·80 + 6.25·165 − 5·35 − 161 = 800 + 1031.25 − 175 − 161 = 1495.25
    const bmr = bmrMifflinStJeor({ sex: 'female', weightKg: 80, heightCm: 165, ageYears: 35 });
    expect(bmr).toBe(1495.25);
    // 1495.25 × 1.55 = 2317.6375
    expect(tdee(bmr, 'moderate')).toBeCloseTo(2317.6375, 10);
    expect(
      calorieTargetFor({
        sex: 'female',
        weightKg: 80,
        heightCm: 165,
        ageYears: 35,
        activityLevel: 'moderate',
      }),
    ).toEqual({
      bmr: 1495,
      tdee: 2318,
      targetKcal: 1818,
      floorKcal: 1300,
      deficitKcal: 500,
    });
  });

  it('adds 5 for men instead of subtracting 161', () => {
    // 10·90 + 6.25·180 − 5·40 + 5 = 900 + 1125 − 200 + 5 = 1830
    expect(bmrMifflinStJeor({ sex: 'male', weightKg: 90, heightCm: 180, ageYears: 40 })).toBe(1830);
    // 1830 × 1.2 = 2196 → target 1696
    expect(
      calorieTargetFor({
        sex: 'male',
        weightKg: 90,
        heightCm: 180,
        ageYears: 40,
        activityLevel: 'sedentary',
      }).targetKcal,
    ).toBe(1696);
  });

  it('uses every activity factor', () => {
    expect(ACTIVITY_LEVELS.map((l) => tdee(1000, l))).toEqual([1200, 1375, 1550, 1725, 1900]);
  });

  it('raises a small sedentary woman to the 1,300 floor', () => {
    // 10·48 + 6.25·152 − 5·60 − 161 = 480 + 950 − 300 − 161 = 969; × 1.2 = 1162.8; − 500 = 662.8
    const t = calorieTargetFor({
      sex: 'female',
      weightKg: 48,
      heightCm: 152,
      ageYears: 60,
      activityLevel: 'sedentary',
    });
    expect(t).toEqual({
      bmr: 969,
      tdee: 1163,
      targetKcal: 1300,
      floorKcal: 1300,
      deficitKcal: -137,
    });
  });

  it('raises a small sedentary man to the 1,500 floor', () => {
    // 10·55 + 6.25·160 − 5·70 + 5 = 550 + 1000 − 350 + 5 = 1205; × 1.2 = 1446 → floor
    const t = calorieTargetFor({
      sex: 'male',
      weightKg: 55,
      heightCm: 160,
      ageYears: 70,
      activityLevel: 'sedentary',
    });
    expect(t.targetKcal).toBe(1500);
    expect(t.deficitKcal).toBe(1446 - 1500);
  });

  it('applies the floor only when TDEE − 500 falls below it', () => {
    const woman = {
      sex: 'female',
      weightKg: 80,
      heightCm: 160,
      activityLevel: 'sedentary',
    } as const;
    // Age 28: 800 + 1000 − 140 − 161 = 1499; × 1.2 = 1798.8; − 500 = 1298.8 → 1299 < 1300 → floor.
    expect(calorieTargetFor({ ...woman, ageYears: 28 })).toMatchObject({
      tdee: 1799,
      targetKcal: 1300,
      deficitKcal: 499,
    });
    // Age 27: 1504 × 1.2 = 1804.8; − 500 = 1304.8 → 1305, above the floor.
    expect(calorieTargetFor({ ...woman, ageYears: 27 })).toMatchObject({
      tdee: 1805,
      targetKcal: 1305,
      deficitKcal: 500,
    });
  });

  it('never produces a target under the floor for any valid profile (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SEXES),
        fc.double({ min: WEIGHT_KG_MIN, max: WEIGHT_KG_MAX, noNaN: true }),
        fc.double({ min: HEIGHT_CM_MIN, max: HEIGHT_CM_MAX, noNaN: true }),
        fc.integer({ min: 18, max: 100 }),
        fc.constantFrom(...ACTIVITY_LEVELS),
        (sex, weightKg, heightCm, ageYears, activityLevel) => {
          const t = calorieTargetFor({ sex, weightKg, heightCm, ageYears, activityLevel });
          expect(t.targetKcal).toBeGreaterThanOrEqual(calorieFloor(sex));
          expect(Number.isInteger(t.targetKcal)).toBe(true);
          expect(validateCalorieTarget(t.targetKcal, sex)).toBeNull();
          expect(t.targetKcal).toBeLessThanOrEqual(Math.max(calorieFloor(sex), t.tdee - 500 + 1));
        },
      ),
    );
  });
});

describe('calorie floor', () => {
  it('is 1,300 for women and 1,500 for men', () => {
    expect(calorieFloor('female')).toBe(1300);
    expect(calorieFloor('male')).toBe(1500);
  });

  it('refuses a coach target under the floor and accepts one at it', () => {
    expect(validateCalorieTarget(1299, 'female')).toBe(
      'The calorie target (1,299 kcal) is under the floor of 1,300 kcal a day for women',
    );
    expect(validateCalorieTarget(1300, 'female')).toBeNull();
    expect(validateCalorieTarget(1499, 'male')).toContain('1,500 kcal a day for men');
    expect(validateCalorieTarget(1500, 'male')).toBeNull();
    expect(validateCalorieTarget(2500, 'male')).toBeNull();
    expect(validateCalorieTarget(1600.5, 'female')).toContain('whole number');
  });
});

describe('ageOn', () => {
  it('counts whole years, birthday included', () => {
    expect(ageOn('1990-06-15', '2025-06-14')).toBe(34);
    expect(ageOn('1990-06-15', '2025-06-15')).toBe(35);
    expect(ageOn('1990-06-15', '2025-12-31')).toBe(35);
    expect(ageOn('2025-01-01', '2025-01-01')).toBe(0);
  });

  it('ages a leap-day baby on 1 March in common years', () => {
    expect(ageOn('2000-02-29', '2025-02-28')).toBe(24);
    expect(ageOn('2000-02-29', '2025-03-01')).toBe(25);
    expect(ageOn('2000-02-29', '2024-02-29')).toBe(24);
  });

  it('refuses a birth date after the day', () => {
    expect(() => ageOn('2025-01-02', '2025-01-01')).toThrow(RangeError);
  });
});

describe('expected loss', () => {
  it('is deficit × 7 ÷ 7,700 kg a week', () => {
    expect(expectedWeeklyLossKg(500)).toBeCloseTo(0.4545, 4);
    expect(expectedWeeklyLossKg(1100)).toBe(1);
    expect(expectedWeeklyLossKg(0)).toBe(0);
  });

  it('draws a weekly line from the start date up to `until`', () => {
    expect(
      expectedWeightLine({
        startWeightKg: 80,
        startDate: '2025-01-06',
        deficitKcal: 1100,
        until: '2025-01-26',
      }),
    ).toEqual([
      { date: '2025-01-06', weightKg: 80 },
      { date: '2025-01-13', weightKg: 79 },
      { date: '2025-01-20', weightKg: 78 },
    ]);
    const line = expectedWeightLine({
      startWeightKg: 80,
      startDate: '2025-01-06',
      deficitKcal: 500,
      until: '2025-01-27',
    });
    expect(line.map((p) => p.date)).toEqual([
      '2025-01-06',
      '2025-01-13',
      '2025-01-20',
      '2025-01-27',
    ]);
    expect(line[3]?.weightKg).toBe(78.64);
  });

  it('is empty before the start and a single point on the start day', () => {
    expect(
      expectedWeightLine({
        startWeightKg: 80,
        startDate: '2025-01-06',
        deficitKcal: 500,
        until: '2025-01-05',
      }),
    ).toEqual([]);
    expect(
      expectedWeightLine({
        startWeightKg: 80,
        startDate: '2025-01-06',
        deficitKcal: 500,
        until: '2025-01-06',
      }),
    ).toEqual([{ date: '2025-01-06', weightKg: 80 }]);
  });
});
