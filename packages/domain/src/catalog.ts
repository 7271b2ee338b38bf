/**
 * The fields of a catalog exercise an admin edits, in the order forms show them. Revisions
 * record changes to exactly these.
 */
export const EXERCISE_EDITABLE_FIELDS = [
  'slug',
  'name',
  'category',
  'muscles',
  'equipment',
  'instructions',
  'mediaUrl',
  'difficulty',
  'progressionId',
] as const;
export type ExerciseEditableField = (typeof EXERCISE_EDITABLE_FIELDS)[number];
