import { addDays } from '@sixstep/domain';
import { trpcClient } from './trpc-client';
import { pick, type LoadContext, type VirtualUser } from './virtual-user';

interface RosterRow {
  clientId: string;
  name: string;
  assignment: { startDate: string } | null;
}

/** Client pages a coach opens from one look at the roster. */
const PAGES_PER_ROSTER = 2;
/** The coach's log history shows 28 days at a time. */
const HISTORY_PAGE_DAYS = 28;

/**
 * A coach at work: the roster (adherence.roster, what the /coach page fetches), then a client's
 * page: its server-rendered HTML (/coach/clients/[id]) and the tRPC queries the page then starts,
 * in the two batches the browser's httpBatchLink sends (what renders first, then what waits for
 * the current assignment).
 */
export function coachUser(
  ctx: LoadContext,
  coach: { cookie: string; clients: number },
  think: () => Promise<void>,
): VirtualUser {
  const trpc = trpcClient(ctx.http, ctx.baseUrl, coach.cookie);

  async function openClient(row: RosterRow) {
    const clientId = row.clientId;
    await ctx.recorder.time('coach · client page HTML', async () => {
      const page = await ctx.http.send(`${ctx.baseUrl}/coach/clients/${clientId}`, {
        headers: { cookie: coach.cookie },
      });
      if (page.status !== 200)
        throw new Error(`/coach/clients/[id]: HTTP ${page.status} ${page.text.slice(0, 200)}`);
      if (!page.text.includes(row.name))
        throw new Error(
          `/coach/clients/[id]: the page does not name the client (${page.text.length} bytes)`,
        );
    });
    await ctx.recorder.time('coach · client page tRPC batch', () =>
      trpc.batch([
        ['assignments.current', { clientId }],
        ['logs.list', { clientId, from: addDays(ctx.today, 1 - HISTORY_PAGE_DAYS), to: ctx.today }],
        ['notes.list', { clientId }],
      ]),
    );
    if (!row.assignment) return;
    await ctx.recorder.time('coach · client page tRPC batch', () =>
      trpc.batch([
        ['adherence.forClient', { clientId }],
        ['logs.list', { clientId, from: row.assignment!.startDate, to: ctx.today }],
        ['catalog.list', { category: 'strength', limit: 100 }],
      ]),
    );
  }

  return {
    role: 'coach',
    async step() {
      const roster = await ctx.recorder.time('coach · adherence.roster', async () => {
        const rows = await trpc.query<RosterRow[]>('adherence.roster');
        if (!Array.isArray(rows) || rows.length !== coach.clients)
          throw new Error(
            `adherence.roster: ${Array.isArray(rows) ? rows.length : 'no'} rows for a coach with ${coach.clients} clients`,
          );
        return rows;
      });
      for (let i = 0; i < PAGES_PER_ROSTER; i++) {
        await think();
        await openClient(pick(roster));
      }
    },
  };
}
