import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { EXERCISE_EDITABLE_FIELDS, PULL_UP_LADDER } from '@sixstep/domain';
import type { Queryable } from '../client';
import { exerciseRevisions, exercises } from '../schema';

type ExerciseSeed = Pick<
  typeof exercises.$inferInsert,
  'slug' | 'name' | 'category' | 'muscles' | 'equipment' | 'instructions' | 'difficulty'
>;

/** The program's exercises, in our own words. Ladder links come from PULL_UP_LADDER. */
export const CATALOG: readonly ExerciseSeed[] = [
  {
    slug: 'cable-lat-pulldown',
    name: 'Cable lat pulldown',
    category: 'strength',
    muscles: ['latissimus dorsi', 'rhomboids', 'middle trapezius', 'biceps'],
    equipment: ['cable machine', 'wide lat bar'],
    difficulty: 1,
    instructions:
      'Set the knee pad so your thighs are held snugly and the bar is just within reach with straight arms. ' +
      'Take the bar with an overhand grip a little wider than your shoulders. ' +
      'Keeping your chest lifted and your back straight, draw the bar down to chin height in one smooth pull, driving your elbows toward your hips. ' +
      'Pause for a moment as your shoulder blades pinch together, then let the bar rise slowly until your arms are long again. ' +
      'Avoid leaning far back or jerking the weight down.',
  },
  {
    slug: 'assisted-pull-up',
    name: 'Assisted pull-up (machine)',
    category: 'strength',
    muscles: ['latissimus dorsi', 'rhomboids', 'biceps', 'rear deltoids'],
    equipment: ['assisted pull-up machine'],
    difficulty: 2,
    instructions:
      'Pick a counterweight that lets you finish every rep of the set cleanly; a heavier counterweight gives more help. ' +
      'Kneel or stand on the platform, grip the handles overhand just outside shoulder width and hang with straight arms. ' +
      'Pull until your chin clears the handles, leading with your chest and keeping your shoulders away from your ears. ' +
      'Lower yourself under control to a full hang. ' +
      'As you get stronger, take a few kilograms of assistance off at a time.',
  },
  {
    slug: 'negative-pull-up',
    name: 'Negative pull-up',
    category: 'strength',
    muscles: ['latissimus dorsi', 'rhomboids', 'biceps', 'core'],
    equipment: ['pull-up bar', 'sturdy box or bench'],
    difficulty: 3,
    instructions:
      'Put a box or bench under the bar so you can step straight into the finished position, chin over the bar and elbows bent. ' +
      'Hold the bar overhand, brace your midsection and take your feet off the box. ' +
      'Lower yourself as slowly as you can, aiming for three to five seconds, until your arms are straight. ' +
      'Step back up to the top instead of pulling, and go again. ' +
      'End the set when you can no longer control the way down.',
  },
  {
    slug: 'chin-up',
    name: 'Chin-up',
    category: 'strength',
    muscles: ['latissimus dorsi', 'biceps', 'rhomboids', 'rear deltoids'],
    equipment: ['pull-up bar'],
    difficulty: 4,
    instructions:
      'Grip the bar with your palms turned toward you, hands about shoulder-width apart. ' +
      'From a still hang, set your shoulder blades down and back, then pull until your chin rises above the bar. ' +
      'The underhand grip lets your biceps share the load, which makes this a step easier than the pull-up. ' +
      'Return to straight arms on every rep and keep your legs quiet instead of swinging.',
  },
  {
    slug: 'pull-up',
    name: 'Pull-up',
    category: 'strength',
    muscles: ['latissimus dorsi', 'rhomboids', 'trapezius', 'rear deltoids', 'biceps'],
    equipment: ['pull-up bar'],
    difficulty: 5,
    instructions:
      'Hang from the bar with an overhand grip, palms facing away and hands slightly wider than your shoulders. ' +
      'Begin each rep by drawing your shoulders down away from your ears, then pull your chest toward the bar until your chin passes it. ' +
      'With this grip the lats and the rest of the back do most of the work, which is why it sits at the top of the ladder. ' +
      'Lower to a full hang under control; when your form starts to slip, finish the set with negatives or on the assisted machine.',
  },
  {
    slug: 'dumbbell-bent-over-row',
    name: 'Dumbbell bent-over row',
    category: 'strength',
    muscles: ['latissimus dorsi', 'rhomboids', 'rear deltoids', 'biceps'],
    equipment: ['dumbbell', 'flat bench'],
    difficulty: 2,
    instructions:
      'Rest one knee and the same-side hand on a bench and hold a dumbbell in the other hand; about 4.5-7 kg is a good start. ' +
      'Tip forward until your back is flat, with the weight hanging straight below your shoulder. ' +
      'Row the dumbbell up toward your hip, keeping your elbow close to your side and squeezing your upper back at the top. ' +
      'Lower it slowly until the arm is straight again. ' +
      'Do all 12 reps on one side before changing arms.',
  },
  {
    slug: 'renegade-row',
    name: 'Renegade row',
    category: 'strength',
    muscles: ['latissimus dorsi', 'rhomboids', 'rear deltoids', 'core', 'glutes'],
    equipment: ['two dumbbells'],
    difficulty: 3,
    instructions:
      'Start in a high plank holding a light dumbbell in each hand (about 2-4.5 kg), wrists stacked under your shoulders. ' +
      'Tighten your glutes and pull your belly in so your hips stay level with your shoulders. ' +
      'Row one dumbbell up to your ribs while pressing the other firmly into the floor, then set it down with control. ' +
      'Alternate sides, counting one rep when both arms have rowed. ' +
      'If your hips twist, set your feet wider apart.',
  },
  {
    slug: 'rowing',
    name: 'Rowing',
    category: 'cardio',
    muscles: ['latissimus dorsi', 'rhomboids', 'legs', 'core'],
    equipment: ['rowing machine'],
    difficulty: 2,
    instructions:
      'Strap your feet in and sit tall with your arms long. ' +
      'Every stroke runs legs, then body, then arms: drive with the legs, lean back slightly and bring the handle to your lower ribs. ' +
      'Come forward in the reverse order, arms first, then body, then knees. ' +
      'It fits neatly around strength work: row 5-10 minutes to warm up, add 3-minute rows between exercises and finish with about 10 minutes.',
  },
  {
    slug: 'boxing',
    name: 'Boxing',
    category: 'cardio',
    muscles: ['shoulders', 'upper back', 'core', 'legs'],
    equipment: ['boxing gloves', 'heavy bag (optional)'],
    difficulty: 2,
    instructions:
      'Work in rounds, for example 3 minutes of punching and 1 minute of light movement, for at least 30 minutes in all. ' +
      'Stay light on your feet with soft knees and your hands up by your chin. ' +
      'Turn your hips and shoulders into each punch and snap the hand straight back to guard; pulling back fast works the upper back. ' +
      'Shadowboxing counts when there is no bag.',
  },
  {
    slug: 'swimming',
    name: 'Swimming',
    category: 'cardio',
    muscles: ['latissimus dorsi', 'shoulders', 'core', 'legs'],
    equipment: ['swimming pool'],
    difficulty: 2,
    instructions:
      'Any stroke counts; front crawl and backstroke give the lats and shoulders the most work. ' +
      'Swim steady lengths at an effort where you could still say a few words, resting briefly at the wall when you need to. ' +
      'Aim for at least 30 minutes from the first length to the last. ' +
      'If technique holds you back, alternate full-stroke lengths with kickboard lengths.',
  },
  {
    slug: 'running',
    name: 'Running or jogging',
    category: 'cardio',
    muscles: ['legs', 'glutes', 'core'],
    equipment: ['running shoes'],
    difficulty: 2,
    instructions:
      'Start with five minutes of brisk walking or very easy jogging. ' +
      'Settle into a pace at which you could hold a broken conversation and keep it up for at least 30 minutes, walking short stretches when you need to. ' +
      'Let your feet land under your hips rather than reaching out in front. ' +
      'Flat routes or a treadmill make it easier to keep the effort even.',
  },
  {
    slug: 'skipping-rope',
    name: 'Skipping rope',
    category: 'cardio',
    muscles: ['calves', 'shoulders', 'core'],
    equipment: ['jump rope'],
    difficulty: 3,
    instructions:
      'Size the rope so the handles reach your armpits when you stand on its middle. ' +
      'Turn it from the wrists with your elbows near your sides, and hop just high enough to clear it, landing softly on the balls of your feet. ' +
      'Few people can skip for 30 minutes straight at first, so alternate 1-2 minutes of skipping with a minute of marching on the spot until the total reaches 30.',
  },
  {
    slug: 'cycling',
    name: 'Cycling',
    category: 'cardio',
    muscles: ['quadriceps', 'hamstrings', 'glutes', 'calves'],
    equipment: ['bike or stationary bike'],
    difficulty: 1,
    instructions:
      'Ride outdoors or on a stationary bike at a steady effort that leaves you warm and breathing harder but still in control. ' +
      'Set the saddle so your knee stays slightly bent at the bottom of each pedal stroke. ' +
      'Keep going for at least 30 minutes, and add a gentle hill or more resistance once it feels easy.',
  },
  {
    slug: 'running-intervals',
    name: 'Running intervals',
    category: 'hiit',
    muscles: ['legs', 'glutes', 'heart and lungs'],
    equipment: ['running shoes'],
    difficulty: 3,
    instructions:
      'Warm up with a few minutes of easy jogging. ' +
      'Run hard for a few minutes, ease off to a comfortable jog for 5 minutes, then push hard again for 2 minutes. ' +
      'Keep switching between fast and easy until 15-20 minutes have passed, and cool down with a slow walk. ' +
      'The fast parts should feel like an effort you could not hold for long; the easy parts are for catching your breath.',
  },
  {
    slug: 'work-rest-intervals',
    name: 'Work-and-rest intervals',
    category: 'hiit',
    muscles: ['full body', 'heart and lungs'],
    equipment: ['none, or any cardio machine'],
    difficulty: 3,
    instructions:
      'Choose a movement you can do hard and safely, such as bike sprints, fast rowing, jumping jacks or mountain climbers. ' +
      'Go all out for a work bout of 30 seconds up to a few minutes, then rest or move gently for 1-2 minutes. ' +
      'Repeat for 15-20 minutes in all, not counting a short warm-up. ' +
      'Keep the work bouts honest: if you could chat through them, push harder; if your form breaks, make them shorter.',
  },
];

/** The next harder rung of the pull-up ladder for a slug, if it is on the ladder. */
function nextRung(slug: string): string | undefined {
  const at = (PULL_UP_LADDER as readonly string[]).indexOf(slug);
  return at >= 0 ? PULL_UP_LADDER[at + 1] : undefined;
}

/**
 * Adds the catalog exercises that are missing (by slug) with their ladder links and a
 * "created" revision each. Existing exercises are left as they are, admin edits included.
 * Returns every catalog slug's id.
 */
export async function seedCatalog(
  tx: Queryable,
): Promise<{ ids: Map<string, string>; created: number }> {
  const slugs = CATALOG.map((e) => e.slug);
  const existing = await tx
    .select({ id: exercises.id, slug: exercises.slug })
    .from(exercises)
    .where(inArray(exercises.slug, slugs));
  const ids = new Map(existing.map((row) => [row.slug, row.id]));
  const missing = CATALOG.filter((e) => !ids.has(e.slug));
  for (const exercise of missing) ids.set(exercise.slug, randomUUID());
  if (missing.length === 0) return { ids, created: 0 };

  const rows = missing.map((exercise) => {
    const next = nextRung(exercise.slug);
    return {
      ...exercise,
      id: ids.get(exercise.slug)!,
      mediaUrl: null,
      progressionId: next ? (ids.get(next) ?? null) : null,
    };
  });
  // One statement: the ladder links between new rows are checked at its end.
  const inserted = await tx.insert(exercises).values(rows).onConflictDoNothing().returning();
  if (inserted.length > 0) {
    await tx.insert(exerciseRevisions).values(
      inserted.map((row) => ({
        exerciseId: row.id,
        version: row.version,
        changedBy: null,
        action: 'created',
        changes: Object.fromEntries(
          EXERCISE_EDITABLE_FIELDS.map((field) => [field, { from: null, to: row[field] }]),
        ),
      })),
    );
  }
  return { ids, created: inserted.length };
}
