import {
  BEHIND_THRESHOLD,
  FLAG_WINDOW_DAYS,
  SILENT_DAYS,
  UNDER_FLOOR_DAYS,
  type AdherenceFlags,
} from './flags';

/** What every screen calls each coach flag. */
export const FLAG_LABELS = {
  behind: 'Behind',
  silent: 'Silent',
  underFloor: 'Under floor',
} as const satisfies Record<keyof AdherenceFlags, string>;

/** Each flag's rule in words, written from the thresholds that raise it. */
export const FLAG_HINTS: Readonly<Record<keyof AdherenceFlags, string>> = {
  behind: `Overall adherence under ${Math.round(BEHIND_THRESHOLD * 100)} % over the last ${FLAG_WINDOW_DAYS} days`,
  silent: `Nothing logged for ${SILENT_DAYS} days`,
  underFloor: `Intake under the calorie floor on ${UNDER_FLOOR_DAYS} or more of the last ${FLAG_WINDOW_DAYS} days`,
};
