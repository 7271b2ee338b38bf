import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { clientProfiles, invitations, users } from '@sixstep/db';
import { toCsv } from '../src/infra/csv';
import { createHarness, type Harness } from './harness';
import { seedClientHistory } from './people-data-fixture';

let h: Harness;
let fixture: Awaited<ReturnType<typeof seedClientHistory>>;
const NOW = new Date('2026-03-10T12:00:00Z');
const at = () => NOW;
const MISSING = '00000000-0000-4000-8000-000000000000';
const PASSWORD_HASH = 'scrypt$fixture-hash-that-must-never-leave';

beforeAll(async () => {
  h = await createHarness();
  fixture = await seedClientHistory(h.database.db, h.ids);
  await h.database.db
    .update(users)
    .set({ passwordHash: PASSWORD_HASH })
    .where(eq(users.id, h.ids.client));
  await h.database.db.insert(invitations).values({
    userId: h.ids.client,
    coachId: h.ids.coach,
    tokenHash: 'token-hash-that-must-never-leave',
    expiresAt: NOW,
    acceptedAt: NOW,
  });
});
afterAll(() => h.destroy());

/** The CSV's lines without the byte order mark, split on the record delimiter (CRLF). */
const csvLines = (body: string) => {
  expect(body.startsWith('\uFEFF')).toBe(true);
  expect(body.endsWith('\r\n')).toBe(true);
  return body.slice(1, -2).split('\r\n');
};

/** The cells of one CSV line, quoted or not (RFC 4180). */
function cells(line: string): string[] {
  const found: string[] = [];
  const cell = /(?:"((?:[^"]|"")*)"|([^,"]*))(,|$)/y;
  for (let at = 0; at <= line.length;) {
    cell.lastIndex = at;
    const match = cell.exec(line);
    if (!match) throw new Error(`Not CSV at ${at}: ${line}`);
    found.push(match[1] !== undefined ? match[1].replace(/""/g, '"') : match[2]!);
    if (!match[3]) break;
    at = cell.lastIndex;
  }
  return found;
}

/** Every cell of every line quoted, and the cells as expected. */
function expectCsv(lines: string[], expected: string[]) {
  for (const line of lines) expect(line).toMatch(/^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$/);
  expect(lines.map(cells)).toEqual(expected.map(cells));
}

describe('exports.clientCsv', () => {
  it("gives the coach the client's day logs and workouts as one table sorted by date, escaped for spreadsheets", async () => {
    const file = await h.as('coach', { now: at }).exports.clientCsv({ clientId: h.ids.client });
    expect(file.filename).toBe('sixstep-logs-cleo-client-2026-03-10.csv');
    expect(file.contentType).toBe('text/csv');
    expectCsv(csvLines(file.body), [
      'date,kind,calories (kcal),meals,meals with protein,fat servings,vegetable servings,treats,planned treats,body weight (kg),exercise,sets,reps (total),sets (reps x load kg),heaviest load (kg),duration (min),activity,intervals,note',
      '2026-01-06,day,1450,,,,,,,,,,,,,,,,',
      '2026-03-01,strength,,,,,,,,,,1,15,15,,,push-ups,,',
      '2026-03-02,day,1500,3,3,2,3,0,,79.5,,,,,,,,,"Felt good, ""strong"" today\nslept well"',
      '2026-03-02,strength,,,,,,,,,"Goblet squat, dumbbell",2,22,12x16; 10x18,18,,,,',
      "2026-03-02,cardio,,,,,,,,,,,,,,35,'+brisk walk,,",
      `2026-03-03,day,1400,,,,,,,,,,,,,,,,"'=HYPERLINK(""http://evil.example"",""x"")"`,
      "2026-03-03,hiit,,,,,,,,,,,,,,18,'@bike -sprints,8,",
      '2026-03-09,day,1200,2,1,,,3,1,,,,,,,,,,',
    ]);
    expect(file.body).not.toContain('other client');
  });

  it("answers another coach's client and an unknown id with the same NOT_FOUND", async () => {
    const foreign = await h
      .as('otherCoach')
      .exports.clientCsv({ clientId: h.ids.client })
      .catch((e: unknown) => e);
    const missing = await h
      .as('otherCoach')
      .exports.clientCsv({ clientId: MISSING })
      .catch((e: unknown) => e);
    expect(foreign).toMatchObject({ code: 'NOT_FOUND', message: 'Client not found' });
    expect(missing).toMatchObject({ code: 'NOT_FOUND', message: 'Client not found' });
  });

  it('is for coaches only', async () => {
    await expect(
      h.as('client').exports.clientCsv({ clientId: h.ids.client }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(h.as('admin').exports.clientCsv({ clientId: h.ids.client })).rejects.toMatchObject(
      { code: 'FORBIDDEN' },
    );
    await expect(
      h.as('anonymous').exports.clientCsv({ clientId: h.ids.client }),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('names the field of a bad id', async () => {
    await expect(h.as('coach').exports.clientCsv({ clientId: 'not-an-id' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('clientId'),
    });
  });

  it("gives the other coach their own client's rows only", async () => {
    const file = await h
      .as('otherCoach', { now: at })
      .exports.clientCsv({ clientId: h.ids.otherClient });
    expectCsv(csvLines(file.body).slice(1), [
      '2026-03-02,day,2100,,,,,,,,,,,,,,,,other client private entry',
      '2026-03-02,cardio,,,,,,,,,,,,,,50,other client ride,,',
    ]);
  });

  it('gives a header-only file, named in ASCII, for a client with nothing logged', async () => {
    const empty = await h.database.db
      .insert(users)
      .values({ email: 'new@test.local', name: 'Émile Nouveau', role: 'client' })
      .returning();
    await h.database.db.insert(clientProfiles).values({
      userId: empty[0]!.id,
      coachId: h.ids.coach,
      sex: 'male',
      birthDate: '1980-01-01',
      heightCm: 170,
      startWeightKg: 70,
    });
    const fresh = await h.as('coach', { now: at }).exports.clientCsv({ clientId: empty[0]!.id });
    expect(fresh.filename).toBe('sixstep-logs-emile-nouveau-2026-03-10.csv');
    expect(csvLines(fresh.body)).toHaveLength(1);
  });
});

describe('exports.clientAdherenceCsv', () => {
  it('gives weekly adherence per step as percentages for each week begun by today', async () => {
    const file = await h
      .as('coach', { now: at })
      .exports.clientAdherenceCsv({ clientId: h.ids.client });
    expect(file.filename).toBe('sixstep-adherence-cleo-client-2026-03-10.csv');
    expect(file.contentType).toBe('text/csv');
    const { earlier, assignment } = fixture;
    // The ended assignment counts up to its end (week 2's last day): one calorie day in 14.
    // Week 1 (7 days): 1 of 3 strength sessions, 1 of 4 cardio, 1 of 2 HIIT, 2 calorie days,
    // 1 food day, treats within allowance on 2 logged days of 7. Week 2 counts 1 day so far
    // (today, 10 March, has nothing logged: not due yet): nothing met, 3 treats against an
    // allowance of 2 x 1/7, logged on that day.
    expectCsv(csvLines(file.body), [
      'assignment,program,assignment start,week,week start,week end,days counted,strength (%),cardio (%),hiit (%),calories (%),food (%),treats (%),overall (%)',
      `${earlier.id},"Six steps ""classic""",2026-01-05,1,2026-01-05,2026-01-11,7,0,0,0,14.3,0,14.3,4.8`,
      `${earlier.id},"Six steps ""classic""",2026-01-05,2,2026-01-12,2026-01-18,7,0,0,0,0,0,0,0`,
      `${assignment.id},"Six steps ""classic""",2026-03-02,1,2026-03-02,2026-03-08,7,33.3,25,50,28.6,14.3,28.6,30`,
      `${assignment.id},"Six steps ""classic""",2026-03-02,2,2026-03-09,2026-03-15,1,0,0,0,0,0,9.5,1.6`,
    ]);
  });

  it('agrees with adherence.forClient on the current assignment', async () => {
    const file = await h
      .as('coach', { now: at })
      .exports.clientAdherenceCsv({ clientId: h.ids.client });
    const shown = await h.as('coach', { now: at }).adherence.forClient({ clientId: h.ids.client });
    const exported = csvLines(file.body)
      .slice(1)
      .map(cells)
      .filter((row) => row[0] === fixture.assignment.id)
      .map((row) => row.slice(-7).map(Number));
    const percent = (score: number | null) => Math.round(score! * 1000) / 10;
    expect(exported).toEqual(
      shown.weeks.map(({ scores }) =>
        [
          scores.strength,
          scores.cardio,
          scores.hiit,
          scores.calories,
          scores.food,
          scores.treats,
          scores.overall,
        ].map(percent),
      ),
    );
  });

  it("answers another coach's client with NOT_FOUND and other roles with FORBIDDEN", async () => {
    await expect(
      h.as('otherCoach').exports.clientAdherenceCsv({ clientId: h.ids.client }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      h.as('coach').exports.clientAdherenceCsv({ clientId: MISSING }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      h.as('client').exports.clientAdherenceCsv({ clientId: h.ids.client }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      h.as('admin').exports.clientAdherenceCsv({ clientId: h.ids.client }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

/** The downloaded JSON as the test reads it (dates are ISO strings once serialised). */
interface MyDataFile {
  exportedAt: string;
  account: Record<string, unknown> & { id: string };
  profile: Record<string, unknown> | null;
  invitations: unknown[];
  assignments: unknown[];
  dayLogs: Array<Record<string, unknown> & { date: string }>;
  workouts: Array<Record<string, unknown> & { idempotencyKey: string }>;
}
const parseMyData = (body: string) => JSON.parse(body) as MyDataFile;

describe('exports.myData', () => {
  it("gives the client all of their own data as JSON, without secrets, coach notes or anyone else's data", async () => {
    const file = await h.as('client', { now: at }).exports.myData();
    expect(file.filename).toBe('sixstep-my-data-2026-03-10.json');
    expect(file.contentType).toBe('application/json');
    const data = parseMyData(file.body);
    expect(data.exportedAt).toBe(NOW.toISOString());
    expect(data.account).toMatchObject({
      id: h.ids.client,
      email: 'client@test.local',
      name: 'Cleo Client',
      role: 'client',
      unitPreference: 'kg',
    });
    expect(data.profile).toMatchObject({
      coachName: 'Cora Coach',
      sex: 'female',
      birthDate: '1990-05-01',
      heightCm: 165,
      startWeightKg: 80,
      activityLevel: 'moderate',
    });
    expect(data.invitations).toEqual([
      {
        createdAt: expect.any(String),
        expiresAt: NOW.toISOString(),
        acceptedAt: NOW.toISOString(),
      },
    ]);
    expect(data.assignments).toEqual([
      expect.objectContaining({
        id: fixture.earlier.id,
        startDate: '2026-01-05',
        endedOn: '2026-01-18',
        status: 'ended',
      }),
      expect.objectContaining({
        id: fixture.assignment.id,
        programName: 'Six steps "classic"',
        startDate: '2026-03-02',
        weeks: 4,
        status: 'active',
        targets: fixture.assignment.targets,
      }),
    ]);
    expect(data.dayLogs.map((d) => d.date)).toEqual([
      '2026-01-06',
      '2026-03-02',
      '2026-03-03',
      '2026-03-09',
    ]);
    expect(data.dayLogs[1]).toMatchObject({
      calories: 1500,
      weightKg: 79.5,
      note: 'Felt good, "strong" today\nslept well',
    });
    expect(data.workouts.map((w) => w.idempotencyKey)).toEqual(['w0', 'w1', 'w2', 'w3']);
    expect(data.workouts[1]).toMatchObject({
      kind: 'strength',
      exerciseName: 'Goblet squat, dumbbell',
      sets: [
        { reps: 12, loadKg: 16 },
        { reps: 10, loadKg: 18 },
      ],
    });

    expect(file.body).not.toContain(PASSWORD_HASH);
    expect(file.body).not.toContain('token-hash');
    expect(file.body).not.toMatch(/passwordHash|tokenHash/);
    expect(file.body).not.toContain('PRIVATE');
    expect(file.body).not.toContain('other client');
  });

  it('is for clients only: coaches and admins get FORBIDDEN', async () => {
    await expect(h.as('coach').exports.myData()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(h.as('admin').exports.myData()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(h.as('anonymous').exports.myData()).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });

  it('gives another client only their own data', async () => {
    const data = parseMyData((await h.as('otherClient', { now: at }).exports.myData()).body);
    expect(data.account.id).toBe(h.ids.otherClient);
    expect(data.dayLogs).toHaveLength(1);
    expect(data.workouts).toHaveLength(1);
    expect(JSON.stringify(data)).not.toContain('Cleo');
  });
});

describe('CSV cells', () => {
  it('quotes every cell and neutralises a formula wherever a separator could start a cell', () => {
    const body = toCsv(
      [
        { key: 'text', header: 'text' },
        { key: 'number', header: 'number' },
      ],
      [
        { text: 'x;=1+1', number: -3 },
        { text: 'a,+b|@c\t-d', number: null },
        { text: 'line\n=HYPERLINK("x")', number: 2.5 },
        { text: 'plain; words - fine', number: 0 },
      ],
    );
    expect(csvLines(body)).toEqual([
      '"text","number"',
      `"x;'=1+1","-3"`,
      `"a,'+b|'@c\t'-d",""`,
      `"line\n'=HYPERLINK(""x"")","2.5"`,
      '"plain; words - fine","0"',
    ]);
  });
});
