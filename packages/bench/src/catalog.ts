import type { Sql } from 'postgres';
import { DEFAULT_PROGRAM_TARGETS, SYSTEM_TEMPLATE_NAME } from '@sixstep/domain';

/**
 * The minimal catalog the benchmark needs: the program's strength ladder plus one cardio and one
 * HIIT entry, and the system template. The demo seed (`pnpm db:seed`) is richer; the benchmark
 * only needs real exercise ids for the assignment snapshots and the strength rule.
 */
const EXERCISES = [
  { slug: 'cable-lat-pulldown', name: 'Cable lat pulldown', category: 'strength', difficulty: 1 },
  {
    slug: 'assisted-pull-up',
    name: 'Assisted pull-up (machine)',
    category: 'strength',
    difficulty: 2,
  },
  { slug: 'negative-pull-up', name: 'Negative pull-up', category: 'strength', difficulty: 3 },
  { slug: 'chin-up', name: 'Chin-up', category: 'strength', difficulty: 4 },
  { slug: 'pull-up', name: 'Pull-up', category: 'strength', difficulty: 5 },
  {
    slug: 'dumbbell-bent-over-row',
    name: 'Dumbbell bent-over row',
    category: 'strength',
    difficulty: 2,
  },
  { slug: 'renegade-row', name: 'Renegade row', category: 'strength', difficulty: 3 },
  { slug: 'rowing-machine', name: 'Rowing machine', category: 'cardio', difficulty: 2 },
  { slug: 'running-intervals', name: 'Running intervals', category: 'hiit', difficulty: 3 },
] as const;

export interface BenchCatalog {
  programId: string;
  /** Strength exercises, in catalog order: the first three are prescribed to every bench client. */
  strength: Array<{ id: string; name: string }>;
}

export async function loadCatalog(sql: Sql): Promise<BenchCatalog> {
  const rows = await sql<Array<{ id: string; name: string; category: string }>>`
    insert into exercises ${sql(EXERCISES.map((e) => ({ ...e })))}
    returning id, name, category`;
  const [program] = await sql<Array<{ id: string }>>`
    insert into programs (name, is_system, targets, default_exercise_ids)
    values (${SYSTEM_TEMPLATE_NAME}, true, ${sql.json(DEFAULT_PROGRAM_TARGETS)},
      ${rows
        .filter((r) => r.category === 'strength')
        .slice(0, 3)
        .map((r) => r.id)}::uuid[])
    returning id`;
  return {
    programId: program!.id,
    strength: rows.filter((r) => r.category === 'strength').map(({ id, name }) => ({ id, name })),
  };
}
