import { eq } from 'drizzle-orm';
import { DEFAULT_PROGRAM_TARGETS, SYSTEM_TEMPLATE_NAME } from '@sixstep/domain';
import type { Queryable } from '../client';
import { programs } from '../schema';

export const SYSTEM_TEMPLATE_DESCRIPTION =
  'No exercise burns fat off one chosen spot: when the body draws on its fat stores, it draws on them all over. ' +
  'So this program works on two fronts at once. ' +
  'Back-focused strength work builds the muscles under the fat and pulls the shoulders into a taller posture, ' +
  'while cardio, intervals, a moderate calorie deficit and filling food bring total body fat down. ' +
  'Treats stay in the plan, planned ahead and counted. ' +
  'Each of the six steps is followed week by week, because results come from keeping all of them going together.';

/** The exercises a coach starts from when assigning the template (the article's core three). */
export const TEMPLATE_EXERCISE_SLUGS = [
  'cable-lat-pulldown',
  'dumbbell-bent-over-row',
  'renegade-row',
] as const;

/** Creates the system template when there is none; an existing one (maybe edited by an admin) is kept. */
export async function seedSystemTemplate(
  tx: Queryable,
  exerciseIds: Map<string, string>,
): Promise<{ id: string; created: boolean }> {
  const inserted = await tx
    .insert(programs)
    .values({
      name: SYSTEM_TEMPLATE_NAME,
      description: SYSTEM_TEMPLATE_DESCRIPTION,
      ownerId: null,
      isSystem: true,
      targets: DEFAULT_PROGRAM_TARGETS,
      defaultExerciseIds: TEMPLATE_EXERCISE_SLUGS.map((slug) => exerciseIds.get(slug)!),
    })
    .onConflictDoNothing()
    .returning({ id: programs.id });
  if (inserted[0]) return { id: inserted[0].id, created: true };
  const [existing] = await tx
    .select({ id: programs.id })
    .from(programs)
    .where(eq(programs.isSystem, true));
  return { id: existing!.id, created: false };
}
