import type { Sql } from 'postgres';
import type { DayLogValues, ExerciseValues, Ledger, WorkoutValues } from './ledger';

/** One kind of write, counted against the database after the run. */
export interface WriteCheck {
  what: string;
  /** Distinct writes the server acknowledged (a day: its last save; a workout: its key; an exercise edit: its version). */
  acknowledged: number;
  /** Of those, found in the database exactly once with the values sent. */
  found: number;
  /** Acknowledged but absent, or present with other values, or present twice. */
  lost: number;
  /** Writes whose answer never came (errors): applied or not, they are not judged. */
  uncertain: number;
  /** Problems, first few, to say precisely what went wrong. */
  problems: string[];
}

const note = (check: WriteCheck, problem: string) => {
  check.lost++;
  if (check.problems.length < 10) check.problems.push(problem);
};
const check = (what: string): WriteCheck => ({
  what,
  acknowledged: 0,
  found: 0,
  lost: 0,
  uncertain: 0,
  problems: [],
});
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Stored rows by the ledger's key (`clientId|…`); more than one row under a key is itself a finding. */
function rowsByKey<T>(rows: T[], keyOf: (row: T) => string): Map<string, T[]> {
  const byKey = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = byKey.get(key);
    if (group) group.push(row);
    else byKey.set(key, [row]);
  }
  return byKey;
}

/** The one row stored for an acknowledged write, or null (noted) when there are none or several. */
function onlyRow<T>(result: WriteCheck, byKey: Map<string, T[]>, key: string): T | null {
  const found = byKey.get(key) ?? [];
  if (found.length === 1) return found[0]!;
  note(result, `${key}: ${found.length} rows`);
  return null;
}

async function checkDayLogs(sql: Sql, ledger: Ledger, clientIds: string[]): Promise<WriteCheck> {
  const result = check('day logs (logs.upsertDay)');
  const rows = await sql<Array<DayLogValues & { clientId: string; date: string }>>`
    select client_id as "clientId", date::text as date, calories, meals, protein_meals as "proteinMeals",
      fat_servings as "fatServings", veg_servings as "vegServings", treats, planned_treats as "plannedTreats",
      weight_kg as "weightKg", note
    from day_logs where client_id = any(${clientIds}::uuid[]) and note like 'mixed-load %'`;
  const byKey = rowsByKey(rows, (row) => `${row.clientId}|${row.date}`);
  for (const [key, entry] of ledger.dayLogs) {
    if (entry.uncertain) {
      result.uncertain++;
      continue;
    }
    result.acknowledged++;
    const row = onlyRow(result, byKey, key);
    if (!row) continue;
    const sent = entry.acked!;
    const differs = (Object.keys(sent) as Array<keyof DayLogValues>).filter((field) =>
      field === 'weightKg'
        ? Math.abs(Number(row.weightKg) - sent.weightKg) > 0.001
        : row[field] !== sent[field],
    );
    if (differs.length)
      note(result, `${key}: ${differs.map((f) => `${f} ${row[f]} ≠ sent ${sent[f]}`).join(', ')}`);
    else result.found++;
  }
  for (const key of byKey.keys())
    if (!ledger.dayLogs.has(key)) note(result, `${key}: a row no user wrote`);
  return result;
}

async function checkWorkouts(sql: Sql, ledger: Ledger, clientIds: string[]): Promise<WriteCheck> {
  const result = check('workouts (logs.addWorkout, fresh keys)');
  const rows = await sql<Array<WorkoutValues & { id: string; clientId: string; key: string }>>`
    select id, client_id as "clientId", idempotency_key as key, date::text as date, kind, exercise_id as "exerciseId",
      sets, minutes, activity, intervals
    from workout_logs where client_id = any(${clientIds}::uuid[]) and idempotency_key not like 'seed-%'`;
  const byKey = rowsByKey(rows, (row) => `${row.clientId}|${row.key}`);
  for (const [key, entry] of ledger.workouts) {
    if (entry.id === null) {
      result.uncertain++;
      continue;
    }
    result.acknowledged++;
    const row = onlyRow(result, byKey, key);
    if (!row) continue;
    const sent = entry.values;
    const stored = { ...row, sets: row.sets.map((s) => ({ reps: s.reps, loadKg: s.loadKg })) };
    const differs = (Object.keys(sent) as Array<keyof WorkoutValues>).filter(
      (field) => !same(stored[field], sent[field]),
    );
    if (row.id !== entry.id) note(result, `${key}: answered id ${entry.id}, stored ${row.id}`);
    else if (differs.length)
      note(
        result,
        `${key}: ${differs.map((f) => `${f} ${JSON.stringify(stored[f])} ≠ sent ${JSON.stringify(sent[f])}`).join(', ')}`,
      );
    else result.found++;
  }
  for (const mismatch of ledger.retryMismatches)
    note(result, `same key answered with two workouts: ${mismatch}`);
  for (const key of byKey.keys())
    if (!ledger.workouts.has(key)) note(result, `${key}: a workout no user sent`);
  return result;
}

interface ExerciseRow extends ExerciseValues {
  id: string;
  version: number;
}

/**
 * Catalog edits: every acknowledged update answered its own version, the exercise's version is 1
 * (created) plus its acknowledged updates (so none was lost or applied twice), each version has
 * one revision holding what was sent, and the row holds the latest acknowledged values.
 */
async function checkCatalog(sql: Sql, ledger: Ledger, edited: string[]): Promise<WriteCheck> {
  const result = check('catalog edits (catalog.update, versions)');
  const ids = [...new Set([...edited, ...ledger.catalogCreates.map((c) => c.exerciseId)])];
  const rows = await sql<ExerciseRow[]>`
    select id, version, name, instructions, difficulty, muscles from exercises where id = any(${ids}::uuid[])`;
  const revisions = await sql<Array<{ exerciseId: string; version: number; name: string | null }>>`
    select exercise_id as "exerciseId", version, changes->'name'->>'to' as name
    from exercise_revisions where exercise_id = any(${ids}::uuid[])`;
  for (const id of ids) {
    const updates = ledger.catalogUpdates
      .filter((u) => u.exerciseId === id)
      .sort((a, b) => a.version - b.version);
    if (ledger.uncertainExercises.has(id)) {
      result.uncertain += updates.length;
      continue;
    }
    result.acknowledged += updates.length;
    const row = rows.find((r) => r.id === id);
    if (!row) {
      note(result, `${id}: exercise missing`);
      continue;
    }
    const versions = updates.map((u) => u.version);
    const expected = Array.from({ length: updates.length }, (_, i) => i + 2);
    if (!same(versions, expected))
      note(
        result,
        `${id}: acknowledged versions ${versions.join(',')} (expected 2…${updates.length + 1})`,
      );
    if (row.version !== updates.length + 1)
      note(result, `${id}: version ${row.version} after ${updates.length} acknowledged updates`);
    const own = revisions.filter((r) => r.exerciseId === id).sort((a, b) => a.version - b.version);
    if (
      !same(
        own.map((r) => r.version),
        Array.from({ length: row.version }, (_, i) => i + 1),
      )
    )
      note(
        result,
        `${id}: revisions ${own.map((r) => r.version).join(',')} for version ${row.version}`,
      );
    let good = 0;
    for (const update of updates) {
      const revision = own.filter((r) => r.version === update.version);
      if (revision.length === 1 && revision[0]!.name === update.values.name) good++;
      else
        note(
          result,
          `${id} v${update.version}: revision holds ${JSON.stringify(revision.map((r) => r.name))}, sent ${update.values.name}`,
        );
    }
    const last =
      updates.at(-1)?.values ?? ledger.catalogCreates.find((c) => c.exerciseId === id)?.values;
    if (
      last &&
      !same(
        {
          name: row.name,
          instructions: row.instructions,
          difficulty: row.difficulty,
          muscles: row.muscles,
        },
        last,
      )
    )
      note(
        result,
        `${id}: row holds ${row.name} / ${row.instructions}, last acknowledged ${last.name} / ${last.instructions}`,
      );
    result.found += good;
  }
  return result;
}

async function checkCreates(sql: Sql, ledger: Ledger): Promise<WriteCheck> {
  const result = check('new exercises (catalog.create)');
  result.uncertain = ledger.uncertainCreates;
  const slugs = ledger.catalogCreates.map((c) => c.slug);
  const rows = await sql<
    Array<{ id: string; slug: string }>
  >`select id, slug from exercises where slug = any(${slugs}::text[])`;
  for (const created of ledger.catalogCreates) {
    result.acknowledged++;
    const found = rows.filter((r) => r.slug === created.slug);
    if (found.length === 1 && found[0]!.id === created.exerciseId) result.found++;
    else note(result, `${created.slug}: ${found.length} rows`);
  }
  return result;
}

export async function verifyWrites(
  sql: Sql,
  ledger: Ledger,
  clientIds: string[],
  editedExercises: string[],
): Promise<WriteCheck[]> {
  return [
    await checkDayLogs(sql, ledger, clientIds),
    await checkWorkouts(sql, ledger, clientIds),
    await checkCatalog(sql, ledger, editedExercises),
    await checkCreates(sql, ledger),
  ];
}
