import { eq } from 'drizzle-orm';
import {
  DEFAULT_PROGRAM_TARGETS,
  PULL_UP_LADDER,
  SYSTEM_TEMPLATE_NAME,
  type ExerciseCategory,
} from '@sixstep/domain';
import { exercises, programs, type Db } from '@sixstep/db';

/** A small catalog (the pull-up ladder linked rung to rung, a row, cardio and HIIT) and the system template. */
export async function seedProgramFixture(db: Db) {
  const rows: Array<{
    slug: string;
    name: string;
    category: ExerciseCategory;
    difficulty: number;
    instructions: string;
  }> = [
    ...PULL_UP_LADDER.map((slug, i) => ({
      slug,
      name: slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()),
      category: 'strength' as const,
      difficulty: i + 1,
      instructions: `How to do ${slug}`,
    })),
    {
      slug: 'dumbbell-row',
      name: 'Dumbbell row',
      category: 'strength',
      difficulty: 2,
      instructions: 'Flat back, elbow close',
    },
    {
      slug: 'rowing',
      name: 'Rowing machine',
      category: 'cardio',
      difficulty: 2,
      instructions: 'Steady strokes',
    },
    {
      slug: 'running-intervals',
      name: 'Running intervals',
      category: 'hiit',
      difficulty: 3,
      instructions: 'Fast, easy, fast',
    },
  ];
  const inserted = await db
    .insert(exercises)
    .values(rows)
    .returning({ id: exercises.id, slug: exercises.slug });
  const id = Object.fromEntries(inserted.map((r) => [r.slug, r.id])) as Record<string, string>;
  for (let i = 0; i < PULL_UP_LADDER.length - 1; i++) {
    await db
      .update(exercises)
      .set({ progressionId: id[PULL_UP_LADDER[i + 1]!] })
      .where(eq(exercises.id, id[PULL_UP_LADDER[i]!]!));
  }
  const [template] = await db
    .insert(programs)
    .values({
      name: SYSTEM_TEMPLATE_NAME,
      isSystem: true,
      ownerId: null,
      targets: DEFAULT_PROGRAM_TARGETS,
      defaultExerciseIds: [id['chin-up']!, id['dumbbell-row']!],
    })
    .returning({ id: programs.id });
  return {
    exerciseId: {
      pulldown: id['cable-lat-pulldown']!,
      assisted: id['assisted-pull-up']!,
      negative: id['negative-pull-up']!,
      chinUp: id['chin-up']!,
      pullUp: id['pull-up']!,
      row: id['dumbbell-row']!,
      rowing: id['rowing']!,
      intervals: id['running-intervals']!,
    },
    templateId: template!.id,
  };
}
