/** Activities offered for quick cardio logging; the first three also work the back. */
export const CARDIO_ACTIVITIES = [
  'Rowing',
  'Boxing',
  'Swimming',
  'Running',
  'Skipping rope',
  'Cycling',
] as const;

/** Common interval formats for HIIT sessions. */
export const HIIT_ACTIVITIES = [
  'Running intervals',
  'Rowing intervals',
  'Cycling intervals',
  'Circuit',
] as const;
