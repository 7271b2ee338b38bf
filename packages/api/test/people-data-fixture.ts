import { DEFAULT_PROGRAM_TARGETS } from '@sixstep/domain';
import {
  assignments,
  coachNotes,
  dayLogs,
  exercises,
  programs,
  workoutLogs,
  type Db,
} from '@sixstep/db';

/**
 * A client's history for the export and deletion tests: an active assignment from Monday
 * 2026-03-02 (4 weeks, 1500 kcal target, 1300 floor, goblet squat prescribed) after one ended in January, day logs and workouts whose
 * free text holds commas, quotes, line breaks and formula-like starts, and a private coach note.
 */
export async function seedClientHistory(
  db: Db,
  ids: { coach: string; client: string; otherCoach: string; otherClient: string },
) {
  const [squat] = await db
    .insert(exercises)
    .values({ slug: 'goblet-squat', name: 'Goblet squat, dumbbell', category: 'strength' })
    .returning();
  const [program] = await db
    .insert(programs)
    .values({ name: 'Six steps "classic"', isSystem: true, targets: DEFAULT_PROGRAM_TARGETS })
    .returning();
  const targets = {
    program: DEFAULT_PROGRAM_TARGETS,
    calories: { targetKcal: 1500, floorKcal: 1300 },
    exercises: [{ exerciseId: squat!.id, name: squat!.name, sets: 3, reps: 12, loadKg: 16 }],
  };
  const [assignment] = await db
    .insert(assignments)
    .values({
      clientId: ids.client,
      coachId: ids.coach,
      programId: program!.id,
      startDate: '2026-03-02',
      weeks: 4,
      targets,
    })
    .returning();
  // An earlier assignment the coach ended after two of its four weeks.
  const [earlier] = await db
    .insert(assignments)
    .values({
      clientId: ids.client,
      coachId: ids.coach,
      programId: program!.id,
      startDate: '2026-01-05',
      weeks: 4,
      endedOn: '2026-01-18',
      status: 'ended',
      targets,
    })
    .returning();
  await db.insert(assignments).values({
    clientId: ids.otherClient,
    coachId: ids.otherCoach,
    programId: program!.id,
    startDate: '2026-03-02',
    weeks: 4,
    targets,
  });
  await db.insert(dayLogs).values([
    { clientId: ids.client, date: '2026-01-06', calories: 1450 },
    {
      clientId: ids.client,
      date: '2026-03-02',
      calories: 1500,
      meals: 3,
      proteinMeals: 3,
      fatServings: 2,
      vegServings: 3,
      treats: 0,
      weightKg: 79.5,
      note: 'Felt good, "strong" today\nslept well',
    },
    {
      clientId: ids.client,
      date: '2026-03-03',
      calories: 1400,
      note: '=HYPERLINK("http://evil.example","x")',
    },
    {
      clientId: ids.client,
      date: '2026-03-09',
      calories: 1200,
      meals: 2,
      proteinMeals: 1,
      treats: 3,
      plannedTreats: 1,
    },
    {
      clientId: ids.otherClient,
      date: '2026-03-02',
      calories: 2100,
      note: 'other client private entry',
    },
  ]);
  await db.insert(workoutLogs).values([
    {
      clientId: ids.client,
      date: '2026-03-01',
      kind: 'strength',
      sets: [{ reps: 15, loadKg: null }],
      activity: 'push-ups',
      idempotencyKey: 'w0',
    },
    {
      clientId: ids.client,
      date: '2026-03-02',
      kind: 'strength',
      exerciseId: squat!.id,
      sets: [
        { reps: 12, loadKg: 16 },
        { reps: 10, loadKg: 18 },
      ],
      idempotencyKey: 'w1',
      createdAt: new Date('2026-03-02T08:00:00Z'),
    },
    {
      clientId: ids.client,
      date: '2026-03-02',
      kind: 'cardio',
      minutes: 35,
      activity: '+brisk walk',
      idempotencyKey: 'w2',
      createdAt: new Date('2026-03-02T18:00:00Z'),
    },
    {
      clientId: ids.client,
      date: '2026-03-03',
      kind: 'hiit',
      minutes: 18,
      intervals: 8,
      activity: '@bike -sprints',
      idempotencyKey: 'w3',
    },
    {
      clientId: ids.otherClient,
      date: '2026-03-02',
      kind: 'cardio',
      minutes: 50,
      activity: 'other client ride',
      idempotencyKey: 'w4',
    },
  ]);
  await db.insert(coachNotes).values([
    { coachId: ids.coach, clientId: ids.client, body: 'PRIVATE: knee pain, talk about it' },
    { coachId: ids.otherCoach, clientId: ids.otherClient, body: 'PRIVATE: other note' },
  ]);
  return { squat: squat!, program: program!, assignment: assignment!, earlier: earlier! };
}
