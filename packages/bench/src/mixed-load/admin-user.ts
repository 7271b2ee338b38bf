import type { ExerciseValues } from './ledger';
import { ExpectedRefusal } from './recorder';
import { TrpcCallError, trpcClient } from './trpc-client';
import { between, pick, type LoadContext, type VirtualUser } from './virtual-user';

interface Exercise extends ExerciseValues {
  id: string;
  slug: string;
  version: number;
}

const MUSCLES = ['back', 'biceps', 'core', 'shoulders', 'legs', 'glutes'];

/**
 * An admin editing the catalog as the admin pages do: open an exercise (catalog.get), save a
 * change with the version that was read (catalog.update), now and then add an exercise
 * (catalog.create) or look through the list (catalog.list). The admin users share the pool of
 * exercises they edit, so their edits race: the loser of a race gets CONFLICT (stale version),
 * the designed answer, counted apart from errors.
 */
export function adminUser(
  ctx: LoadContext,
  admin: { cookie: string; label: string },
  pool: string[],
): VirtualUser {
  const trpc = trpcClient(ctx.http, ctx.baseUrl, admin.cookie);
  let seq = 0;

  const valuesFor = (what: string): ExerciseValues => ({
    name: `Load drill ${admin.label}-${seq}`,
    instructions: `${what} by ${admin.label}, step ${seq}.`,
    difficulty: between(1, 5),
    muscles: [pick(MUSCLES), pick(MUSCLES)].filter((m, i, all) => all.indexOf(m) === i),
  });

  async function edit() {
    const id = pick(pool);
    const current = await ctx.recorder.time('admin · catalog.get', () =>
      trpc.query<Exercise>('catalog.get', { id }),
    );
    const values = valuesFor('Edited');
    let updated: Exercise;
    try {
      updated = await ctx.recorder.time('admin · catalog.update', async () => {
        try {
          return await trpc.mutation<Exercise>('catalog.update', {
            id,
            version: current.version,
            ...values,
          });
        } catch (error) {
          if (error instanceof TrpcCallError && error.code === 'CONFLICT')
            throw new ExpectedRefusal(error.message);
          throw error;
        }
      });
    } catch (error) {
      if (error instanceof ExpectedRefusal) ctx.ledger.staleRefusals++;
      else ctx.ledger.uncertainExercises.add(id);
      throw error;
    }
    ctx.ledger.catalogUpdates.push({ exerciseId: id, version: updated.version, values });
  }

  async function create() {
    const slug = `load-${admin.label}-${seq}-${Date.now().toString(36)}`;
    const values = valuesFor('Created');
    let created: Exercise;
    try {
      created = await ctx.recorder.time('admin · catalog.create', () =>
        trpc.mutation<Exercise>('catalog.create', {
          slug,
          category: 'strength',
          equipment: [],
          ...values,
        }),
      );
    } catch (error) {
      ctx.ledger.uncertainCreates++;
      throw error;
    }
    ctx.ledger.catalogCreates.push({ exerciseId: created.id, slug, values });
    pool.push(created.id);
  }

  return {
    role: 'admin',
    async step() {
      seq++;
      const roll = Math.random();
      if (roll < 0.1) await create();
      else if (roll < 0.2)
        await ctx.recorder.time('admin · catalog.list', () =>
          trpc.query('catalog.list', { includeArchived: true, limit: 50 }),
        );
      else await edit();
    },
  };
}
