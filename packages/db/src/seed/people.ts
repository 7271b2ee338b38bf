import type { ActivityLevel, Sex } from '@sixstep/domain';

/** Every demo account signs in with this password. */
export const DEMO_PASSWORD = 'sixstep-demo';

/**
 * How a demo client keeps to the plan, which drives the generated logs:
 * excellent and steady clients keep most steps; slipping ones were good until two weeks ago;
 * silent ones stopped logging 6 days ago; under-floor ones eat too little several days a week;
 * erratic ones keep about half of it.
 */
export type Pattern = 'excellent' | 'steady' | 'slipping' | 'silent' | 'under-floor' | 'erratic';

export interface DemoStaff {
  email: string;
  name: string;
  role: 'admin' | 'coach';
}

export interface DemoClient {
  email: string;
  name: string;
  coachEmail: string;
  unitPreference: 'kg' | 'lb';
  profile: {
    sex: Sex;
    birthDate: string;
    heightCm: number;
    startWeightKg: number;
    activityLevel: ActivityLevel;
  };
  /** The assignment starts this many days before the seed's `today`. */
  startDaysAgo: number;
  /** Prescribed strength exercises (catalog slugs) and starting loads; null load = body weight. */
  strength: { slug: string; loadKg: number | null }[];
  cardio: string[];
  hiit: string;
  pattern: Pattern;
}

export const STAFF: readonly DemoStaff[] = [
  { email: 'admin@sixstep.test', name: 'Robin Hale', role: 'admin' },
  { email: 'coach@sixstep.test', name: 'Dana Reyes', role: 'coach' },
  { email: 'coach2@sixstep.test', name: 'Sam Okafor', role: 'coach' },
];

export const CLIENTS: readonly DemoClient[] = [
  {
    email: 'client@sixstep.test',
    name: 'Jordan Ellis',
    coachEmail: 'coach@sixstep.test',
    unitPreference: 'kg',
    profile: {
      sex: 'female',
      birthDate: '1990-05-14',
      heightCm: 167,
      startWeightKg: 79.5,
      activityLevel: 'light',
    },
    startDaysAgo: 55,
    strength: [
      { slug: 'cable-lat-pulldown', loadKg: 25 },
      { slug: 'dumbbell-bent-over-row', loadKg: 6 },
      { slug: 'renegade-row', loadKg: 3 },
    ],
    cardio: ['rowing', 'swimming'],
    hiit: 'running-intervals',
    pattern: 'steady',
  },
  {
    email: 'priya@sixstep.test',
    name: 'Priya Nair',
    coachEmail: 'coach@sixstep.test',
    unitPreference: 'kg',
    profile: {
      sex: 'female',
      birthDate: '1983-09-02',
      heightCm: 160,
      startWeightKg: 71,
      activityLevel: 'moderate',
    },
    startDaysAgo: 57,
    strength: [
      { slug: 'negative-pull-up', loadKg: null },
      { slug: 'dumbbell-bent-over-row', loadKg: 8 },
    ],
    cardio: ['boxing', 'skipping-rope'],
    hiit: 'work-rest-intervals',
    pattern: 'excellent',
  },
  {
    email: 'marcus@sixstep.test',
    name: 'Marcus Bell',
    coachEmail: 'coach@sixstep.test',
    unitPreference: 'kg',
    profile: {
      sex: 'male',
      birthDate: '1995-01-20',
      heightCm: 183,
      startWeightKg: 97,
      activityLevel: 'active',
    },
    startDaysAgo: 55,
    strength: [
      { slug: 'chin-up', loadKg: null },
      { slug: 'dumbbell-bent-over-row', loadKg: 16 },
      { slug: 'renegade-row', loadKg: 8 },
    ],
    cardio: ['running', 'cycling'],
    hiit: 'running-intervals',
    pattern: 'slipping',
  },
  {
    email: 'elena@sixstep.test',
    name: 'Elena Petrova',
    coachEmail: 'coach@sixstep.test',
    unitPreference: 'kg',
    profile: {
      sex: 'female',
      birthDate: '1972-11-08',
      heightCm: 164,
      startWeightKg: 86,
      activityLevel: 'light',
    },
    startDaysAgo: 54,
    strength: [
      { slug: 'cable-lat-pulldown', loadKg: 20 },
      { slug: 'dumbbell-bent-over-row', loadKg: 4.5 },
    ],
    cardio: ['swimming', 'cycling'],
    hiit: 'work-rest-intervals',
    pattern: 'silent',
  },
  {
    email: 'tom@sixstep.test',
    name: 'Tom Fischer',
    coachEmail: 'coach@sixstep.test',
    unitPreference: 'kg',
    profile: {
      sex: 'male',
      birthDate: '1979-03-30',
      heightCm: 176,
      startWeightKg: 104,
      activityLevel: 'light',
    },
    startDaysAgo: 56,
    strength: [
      { slug: 'cable-lat-pulldown', loadKg: 40 },
      { slug: 'dumbbell-bent-over-row', loadKg: 14 },
      { slug: 'renegade-row', loadKg: 6 },
    ],
    cardio: ['rowing', 'cycling'],
    hiit: 'work-rest-intervals',
    pattern: 'under-floor',
  },
  {
    email: 'aisha@sixstep.test',
    name: 'Aisha Rahman',
    coachEmail: 'coach@sixstep.test',
    unitPreference: 'lb',
    profile: {
      sex: 'female',
      birthDate: '1998-07-19',
      heightCm: 171,
      startWeightKg: 68,
      activityLevel: 'very_active',
    },
    startDaysAgo: 53,
    strength: [
      { slug: 'cable-lat-pulldown', loadKg: 30 },
      { slug: 'renegade-row', loadKg: 4.5 },
    ],
    cardio: ['running', 'boxing', 'skipping-rope'],
    hiit: 'running-intervals',
    pattern: 'erratic',
  },
  {
    email: 'ben@sixstep.test',
    name: 'Ben Carter',
    coachEmail: 'coach2@sixstep.test',
    unitPreference: 'kg',
    profile: {
      sex: 'male',
      birthDate: '1986-12-04',
      heightCm: 188,
      startWeightKg: 112,
      activityLevel: 'moderate',
    },
    startDaysAgo: 56,
    strength: [
      { slug: 'cable-lat-pulldown', loadKg: 45 },
      { slug: 'dumbbell-bent-over-row', loadKg: 18 },
      { slug: 'renegade-row', loadKg: 8 },
    ],
    cardio: ['rowing', 'swimming'],
    hiit: 'work-rest-intervals',
    pattern: 'steady',
  },
  {
    email: 'chloe@sixstep.test',
    name: 'Chloé Martin',
    coachEmail: 'coach2@sixstep.test',
    unitPreference: 'kg',
    profile: {
      sex: 'female',
      birthDate: '1993-02-11',
      heightCm: 158,
      startWeightKg: 65,
      activityLevel: 'moderate',
    },
    startDaysAgo: 55,
    strength: [
      { slug: 'cable-lat-pulldown', loadKg: 20 },
      { slug: 'dumbbell-bent-over-row', loadKg: 5 },
    ],
    cardio: ['cycling', 'running'],
    hiit: 'running-intervals',
    pattern: 'erratic',
  },
  {
    email: 'grace@sixstep.test',
    name: 'Grace Thompson',
    coachEmail: 'coach2@sixstep.test',
    unitPreference: 'kg',
    profile: {
      sex: 'female',
      birthDate: '1965-06-23',
      heightCm: 162,
      startWeightKg: 82,
      activityLevel: 'light',
    },
    startDaysAgo: 58,
    strength: [
      { slug: 'cable-lat-pulldown', loadKg: 18 },
      { slug: 'dumbbell-bent-over-row', loadKg: 4.5 },
      { slug: 'renegade-row', loadKg: 2 },
    ],
    cardio: ['swimming', 'rowing'],
    hiit: 'work-rest-intervals',
    pattern: 'excellent',
  },
];
