import { readFile } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addCoachNote,
  assignProgram,
  createClient,
  createCoach,
  createExercise,
  findExercises,
  isoDay,
  logDay,
  logWorkout,
  SEEDED_ADMIN as ADMIN,
  signInToApi,
  updateExercise,
} from './support/api';
import {
  expectNoSeriousA11yViolations,
  expectSignInRefused,
  launchBrowser,
  newPage,
  saveScreenshot,
  signIn,
} from './support/browser';
import { signInAsAdmin } from './support/two-factor';
import { confirmDeletionInDialog } from './support/delete-client-dialog';
import { JOURNEY_PROGRAM } from './support/program';

const COACH = { name: 'Kim Exporter', email: 'j06.coach@sixstep.test', password: 'j06-coach-pass' };
const OTHER_COACH = {
  name: 'Otto Outsider',
  email: 'j06.other-coach@sixstep.test',
  password: 'j06-other-pass',
};
/** The coach's client with logs on three days: exports are checked on her data. */
const EXPORTED = {
  name: 'Jordan Ellis',
  email: 'j06.exported@sixstep.test',
  password: 'j06-exported-pw',
};
/** The coach's other client, with a program, logs and a note: this journey deletes him. */
const DELETED = { name: 'Tom Fischer', email: 'j06.deleted@sixstep.test', password: 'j06-deleted' };
/** The exercise the admin renames, so the audit log has a catalog change of this journey. */
const EXERCISE = { slug: 'journey-06-wall-sit', name: 'Journey 06 wall sit' };

/** What the exported client logged (dates relative to today) and therefore what every export holds. */
const EXPORTED_DAYS = [-3, -2, 0];
const EXPORTED_WORKOUTS = [
  { day: -2, kind: 'strength' },
  { day: 0, kind: 'cardio' },
] as const;

interface MyDataFile {
  exportedAt: string;
  account: { id: string; email: string; name: string };
  profile: { coachName: string } | null;
  assignments: Array<{ id: string }>;
  dayLogs: Array<{ date: string }>;
  workouts: Array<{ date: string; kind: string }>;
}

/** Clicks a download link and returns the file the browser saved, with the name it was given. */
async function download(page: Page, link: Locator): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const saved = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(saved, 'utf8') };
}

/**
 * The records of an exported CSV, split into the header and the rows' first two cells. Those
 * are the date and the kind or assignment id, which never hold a comma, a quote or a line break.
 */
function csvRows(text: string) {
  expect(text.startsWith('\uFEFF'), 'UTF-8 byte order mark for spreadsheets').toBe(true);
  // Every cell is quoted (a separator inside one can never split it).
  const cells = (line: string) =>
    [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"'));
  const [header = '', ...lines] = text.slice(1).split('\r\n');
  const rows = lines
    .filter((line) => line !== '')
    .map((line) => cells(line).slice(0, 2) as [string, string]);
  return { header: cells(header).join(','), rows };
}

const roster = (page: Page) => page.getByTestId('roster-row');
const rosterTotal = async (page: Page) =>
  Number(
    /of (\d+) clients/.exec((await page.getByText(/\d+ of \d+ clients/).textContent()) ?? '')?.[1],
  );

describe('journey 06: exports, deleting a client and the audit log', () => {
  let browser: Browser;
  let myData: MyDataFile;
  let deletedId = '';
  let exportedId = '';
  let exerciseId = '';

  beforeAll(async () => {
    const admin = await signInToApi(ADMIN);
    const exercise = await createExercise(admin, { ...EXERCISE, category: 'strength' });
    exerciseId = exercise.id;
    await updateExercise(admin, {
      id: exercise.id,
      version: exercise.version,
      instructions: 'Back flat against the wall, thighs level, hold.',
    });
    await createCoach(OTHER_COACH, admin);
    const coach = await createCoach(COACH, admin);
    const [row] = await findExercises(coach.session, ['Dumbbell bent-over row']);
    const assignment = {
      startDate: isoDay(-6),
      targetKcal: 1800,
      exercises: [{ exerciseId: row!.id, sets: 3, reps: 12, loadKg: 12 }],
      program: JOURNEY_PROGRAM,
    };
    for (const person of [EXPORTED, DELETED]) {
      const client = await createClient(coach.session, person);
      await assignProgram(coach.session, client.id, assignment);
      const days = person === EXPORTED ? EXPORTED_DAYS : [-1, 0];
      for (const day of days)
        await logDay(client.session, { date: isoDay(day), calories: 1700, meals: 3 });
      const workouts =
        person === EXPORTED ? EXPORTED_WORKOUTS : ([{ day: 0, kind: 'strength' }] as const);
      for (const { day, kind } of workouts)
        await logWorkout(
          client.session,
          kind === 'strength'
            ? { date: isoDay(day), kind, exerciseId: row!.id, sets: [{ reps: 12, loadKg: 12 }] }
            : { date: isoDay(day), kind, minutes: 40 },
        );
      if (person === DELETED) await addCoachNote(coach.session, client.id, 'Prefers mornings.');
    }
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a client downloads all their own data as JSON, and only theirs', async () => {
    const page = await newPage(browser, 'phone');
    await signIn(page, EXPORTED.email, EXPORTED.password);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Your data' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
    await page.getByText('Your coach’s private working notes are theirs').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, '06-client-my-data-phone');

    const file = await download(page, page.getByRole('link', { name: 'Download my data (JSON)' }));
    expect(file.name).toMatch(/^sixstep-my-data-\d{4}-\d{2}-\d{2}\.json$/);
    myData = JSON.parse(file.text) as MyDataFile;
    expect(myData.account.email).toBe(EXPORTED.email);
    expect(myData.account.name).toBe(EXPORTED.name);
    expect(myData.profile?.coachName).toBe(COACH.name);
    expect(myData.assignments.length).toBe(1);
    expect(myData.dayLogs.map((d) => d.date)).toEqual(EXPORTED_DAYS.map((day) => isoDay(day)));
    expect(myData.workouts.map((w) => [w.date, w.kind])).toEqual(
      EXPORTED_WORKOUTS.map(({ day, kind }) => [isoDay(day), kind]),
    );
    // Nobody else's address, no secret: the only e-mail in the file is the client's own.
    expect(new Set(file.text.match(/[\w.+-]+@[\w-]+\.[\w.-]+/g))).toEqual(
      new Set([EXPORTED.email]),
    );
    expect(file.text).not.toMatch(/passwordHash|tokenHash|"body"/);
    exportedId = myData.account.id;

    // The coach's exports are not for clients: the API refuses, the route says so.
    const refused = await page.request.get(`/api/exports/clients/${exportedId}/logs`);
    expect(refused.status()).toBe(403);
    await page.context().close();
  });

  it("the coach exports a client's logs and weekly adherence as CSV files of that client's rows", async () => {
    const page = await newPage(browser, 'desktop');
    await signIn(page, COACH.email, COACH.password);
    await page.waitForURL('**/coach');
    await page.getByLabel('Search by name or e-mail').fill(EXPORTED.name);
    await expect.poll(() => roster(page).count()).toBe(1);
    await roster(page).getByRole('link', { name: EXPORTED.name }).click();
    await page.getByRole('heading', { level: 1, name: EXPORTED.name }).waitFor();
    expect(page.url()).toContain(exportedId);
    const exports = page.getByRole('region', { name: 'Export' });

    const logs = await download(page, exports.getByRole('link', { name: 'Export logs (CSV)' }));
    expect(logs.name).toMatch(/^sixstep-logs-jordan-ellis-\d{4}-\d{2}-\d{2}\.csv$/);
    const logRows = csvRows(logs.text);
    expect(logRows.header).toMatch(
      /^date,kind,calories \(kcal\),meals,meals with protein,.*,body weight \(kg\),exercise,/,
    );
    // The same days and workouts as the client's own download: this client's rows, all of them.
    const dayDates = logRows.rows.filter(([, kind]) => kind === 'day').map(([date]) => date);
    expect(dayDates).toEqual(myData.dayLogs.map((d) => d.date));
    const workoutRows = logRows.rows.filter(([, kind]) => kind !== 'day');
    expect(workoutRows).toEqual(myData.workouts.map((w) => [w.date, w.kind]));

    const adherence = await download(
      page,
      exports.getByRole('link', { name: 'Export weekly adherence (CSV)' }),
    );
    expect(adherence.name).toMatch(/^sixstep-adherence-jordan-ellis-\d{4}-\d{2}-\d{2}\.csv$/);
    const weekRows = csvRows(adherence.text);
    expect(weekRows.header).toMatch(
      /^assignment,program,assignment start,week,week start,week end,days counted,.*overall \(%\)$/,
    );
    // The program started six days ago: its first week, and nothing else.
    expect(weekRows.rows.length).toBe(1);
    const assignmentIds = new Set(myData.assignments.map((a) => a.id));
    for (const [assignment] of weekRows.rows) expect(assignmentIds.has(assignment)).toBe(true);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, '06-coach-client-exports-desktop');
    await page.context().close();

    // Another coach gets nothing of this client through the download route either.
    const other = await newPage(browser, 'desktop');
    await signIn(other, OTHER_COACH.email, OTHER_COACH.password);
    for (const kind of ['logs', 'adherence']) {
      const response = await other.request.get(`/api/exports/clients/${exportedId}/${kind}`);
      expect(response.status()).toBe(404);
      expect(await response.text()).toBe('Client not found');
    }
    await other.context().close();
  });

  it('the coach deletes a client after typing their e-mail; the client is gone and cannot sign in', async () => {
    const page = await newPage(browser, 'desktop');
    await signIn(page, COACH.email, COACH.password);
    await page.waitForURL('**/coach');
    await page.getByRole('heading', { name: 'Roster' }).waitFor();
    expect(await rosterTotal(page)).toBe(2);
    await page.getByLabel('Search by name or e-mail').fill(DELETED.email);
    await expect.poll(() => roster(page).count()).toBe(1);
    await roster(page).getByRole('link', { name: DELETED.name }).click();
    await page.getByRole('heading', { level: 1, name: DELETED.name }).waitFor();
    const clientUrl = page.url();
    deletedId = new URL(clientUrl).pathname.split('/').pop()!;

    await page
      .getByRole('region', { name: 'Delete client' })
      .getByRole('button', { name: 'Delete client…' })
      .click();
    // Almost the address: still refused.
    await confirmDeletionInDialog(page, DELETED, {
      wrongEmail: 'j06.deleted@sixstep.tes',
      screenshot: '06-coach-delete-client-mismatch-desktop',
    });
    await page.waitForURL((url) => url.pathname === '/coach');
    await page
      .getByRole('status')
      .filter({ hasText: `${DELETED.name}’s account and all their data were deleted` })
      .waitFor();
    await page.getByRole('heading', { name: 'Roster' }).waitFor();
    expect(await rosterTotal(page)).toBe(1);
    await page.getByLabel('Search by name or e-mail').fill(DELETED.email);
    await page.getByText('No client matches this search.').waitFor();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, '06-coach-roster-after-delete-desktop');

    // The page and the exports of the deleted client answer "not found".
    expect((await page.goto(clientUrl))?.status()).toBe(404);
    expect((await page.request.get(`/api/exports/clients/${deletedId}/logs`)).status()).toBe(404);
    await page.context().close();

    await expectSignInRefused(browser, DELETED.email, DELETED.password);
  });

  it('the admin reads the deletion, assignment and catalog changes in the audit log', async () => {
    const page = await newPage(browser, 'desktop');
    await signInAsAdmin(page);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Audit log' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    const rows = page.getByTestId('audit-row');

    // The deletion, by the coach, naming the account id and not the address (newer rows, such
    // as the admin's own sign-in, may come first).
    const deletion = rows.filter({ hasText: 'Client deleted with their data' }).first();
    await deletion.getByText('Client deleted with their data').waitFor();
    expect(await deletion.textContent()).toContain(COACH.name);
    expect(await deletion.getByRole('link', { name: /^[0-9a-f]{8}/ }).textContent()).toContain(
      deletedId.slice(0, 8),
    );
    const counts =
      (await deletion.locator('dl div', { hasText: 'Rows deleted' }).textContent()) ?? '';
    const count = (what: string) => Number(new RegExp(`${what} (\\d+)`).exec(counts)?.[1]);
    // What the journey gave him; the counts are stored, never the rows.
    expect(count('assignments')).toBe(1);
    expect(count('day logs')).toBe(2);
    expect(count('workouts')).toBe(1);
    expect(count('coach notes')).toBe(1);
    expect(await deletion.textContent()).not.toContain(DELETED.email);
    expect(await deletion.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, '06-admin-audit-desktop');

    // One object's history: the deleted client's.
    await deletion.getByRole('link', { name: /^[0-9a-f]{8}/ }).click();
    await page.waitForURL((url) => url.searchParams.get('entityId') === deletedId);
    // Invited, accepted and deleted: what the account itself went through, newest first.
    await expect
      .poll(() => rows.allTextContents())
      .toEqual([
        expect.stringContaining('Client deleted with their data'),
        expect.stringContaining('Invitation accepted'),
        expect.stringContaining('Client invited'),
      ]);
    await page.getByText(`History of ${deletedId}`).waitFor();

    // This journey's coach assigned the programs; its admin changed an exercise.
    await page.getByRole('link', { name: 'Show everyone and everything' }).click();
    await page.waitForURL((url) => !url.searchParams.has('entityId'));
    await showKind(page, 'Assignment');
    await expect
      .poll(() =>
        rows.filter({ hasText: 'Program assigned' }).filter({ hasText: COACH.name }).count(),
      )
      .toBe(2);
    expect(await rows.filter({ hasNotText: 'Assignment' }).count()).toBe(0);
    await showKind(page, 'Exercise');
    await expect
      .poll(() =>
        rows.filter({ hasText: 'Exercise changed' }).filter({ hasText: ADMIN.name }).count(),
      )
      .toBeGreaterThan(0);
    expect(await rows.filter({ hasNotText: 'Exercise' }).count()).toBe(0);

    // Paging: ten at a time, older entries on the next page, and back to the newest.
    await showKind(page, 'All kinds', '10');
    await expect.poll(() => rows.count()).toBe(10);
    const newestFirstPage = await rows.first().textContent();
    await page.getByRole('link', { name: 'Older entries →' }).click();
    await page.waitForURL((url) => url.searchParams.has('cursor'));
    await expect.poll(() => rows.first().textContent()).not.toBe(newestFirstPage);
    expect(await rows.count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: '← Newest entries' }).click();
    await page.waitForURL((url) => !url.searchParams.has('cursor'));
    await expect.poll(() => rows.first().textContent()).toBe(newestFirstPage);

    // A stale page link is explained, not a crash.
    await page.goto('/admin/audit?cursor=00000000-0000-4000-8000-000000000000');
    await page.getByText('This page of the log cannot be shown').waitFor();

    // The exercise this journey made: created, then changed, both by the admin, newest first.
    await page.goto(`/admin/audit?entityId=${exerciseId}`);
    await expect
      .poll(() => rows.allTextContents())
      .toEqual([
        expect.stringContaining('Exercise changed'),
        expect.stringContaining('Exercise created'),
      ]);
    expect(await rows.filter({ hasText: ADMIN.name }).count()).toBe(2);
    await page.context().close();

    const phone = await newPage(browser, 'phone');
    await signInAsAdmin(phone);
    await phone.goto('/admin/audit');
    await phone.getByTestId('audit-row').first().waitFor();
    // The wide table scrolls inside its box; the page itself stays as wide as the phone.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await expectNoSeriousA11yViolations(phone);
    await saveScreenshot(phone, '06-admin-audit-phone');
    await phone.context().close();
  });
});

/** Chooses the kind (and page size) in the filter form and waits for the filtered page. */
async function showKind(page: Page, kind: string, size?: string) {
  const form = page.getByRole('form', { name: 'Filter the audit log' });
  await form.getByLabel('Kind of object').selectOption({ label: kind });
  if (size) await form.getByLabel('Entries per page').selectOption(size);
  await form.getByRole('button', { name: 'Show' }).click();
  const entity = kind === 'All kinds' ? null : kind.toLowerCase();
  await page.waitForURL(
    (url) =>
      url.searchParams.get('entity') === (entity ?? '') ||
      (!entity && !url.searchParams.get('entity')),
  );
}
