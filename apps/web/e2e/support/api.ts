import { randomUUID } from 'node:crypto';
import type { DayLogInput, ProgramTargets, WorkoutInput } from '@sixstep/domain';
import { inject } from 'vitest';
import {
  signInOrFail,
  trpcMutation,
  trpcQuery,
  type TrpcAnswer,
} from '../../../../tooling/app-http.ts';
import './provided';

/**
 * What a journey needs before its browser starts, made through the app's own API over HTTP (the
 * same procedures the pages call, with the same checks), so every journey stands alone. The
 * only account a journey does not make itself is the seeded admin: nobody can create an admin.
 */

export const SEEDED_ADMIN = {
  name: 'Robin Hale',
  email: 'admin@sixstep.test',
  password: 'sixstep-demo',
} as const;

/** The seeded demo coach and her client, whose weeks of check-ins, photos and messages the
 * coaching-loop journeys (08, 09) read. */
export const SEEDED_COACH = { email: 'coach@sixstep.test', password: 'sixstep-demo' } as const;
export const SEEDED_CLIENT = {
  name: 'Jordan Ellis',
  email: 'client@sixstep.test',
  password: 'sixstep-demo',
} as const;

export interface Account {
  id: string;
  name: string;
  email: string;
  password: string;
}

/** A signed-in caller of the API: the session cookie of one account. */
export interface Session {
  account: Pick<Account, 'email'>;
  cookie: string;
}

/** YYYY-MM-DD of today plus `days` in UTC, the calendar the server counts days in. */
export function isoDay(days = 0): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

function unwrap<T>(answer: TrpcAnswer<T>, what: string): T {
  if (answer.errorCode || answer.status >= 400)
    throw new Error(
      `${what} failed: HTTP ${answer.status} ${answer.errorCode ?? ''} ${answer.errorMessage ?? ''}`,
    );
  return answer.data as T;
}

async function mutate<T>(session: Session, procedure: string, input: unknown): Promise<T> {
  const answer = await trpcMutation<T>(inject('baseUrl'), session.cookie, procedure, input);
  return unwrap(answer, `${procedure} as ${session.account.email}`);
}

async function query<T>(session: Session, procedure: string, input?: unknown): Promise<T> {
  const answer = await trpcQuery<T>(inject('baseUrl'), session.cookie, procedure, input);
  return unwrap(answer, `${procedure} as ${session.account.email}`);
}

export async function signInToApi(account: Pick<Account, 'email' | 'password'>): Promise<Session> {
  const cookie = await signInOrFail(inject('baseUrl'), account.email, account.password);
  return { account, cookie };
}

/** A new, active coach account, created by the seeded admin. */
export async function createCoach(
  coach: Omit<Account, 'id'>,
  admin?: Session,
): Promise<Account & { session: Session }> {
  const by = admin ?? (await signInToApi(SEEDED_ADMIN));
  const { id } = await mutate<{ id: string }>(by, 'coaches.create', coach);
  return { ...coach, id, session: await signInToApi(coach) };
}

/** The profile every journey client gets unless it says otherwise. */
const DEFAULT_PROFILE = {
  sex: 'female',
  birthDate: '1990-04-12',
  heightCm: 165,
  startWeightKg: 72.5,
  activityLevel: 'light',
} as const;

/** Invites a client as the coach and accepts the invitation with the client's password. */
export async function createClient(
  coach: Session,
  client: Omit<Account, 'id'>,
  profile: Partial<typeof DEFAULT_PROFILE> = {},
): Promise<Account & { session: Session }> {
  const invited = await mutate<{ clientId: string; inviteUrl: string }>(coach, 'clients.invite', {
    ...DEFAULT_PROFILE,
    ...profile,
    name: client.name,
    email: client.email,
  });
  const token = new URL(invited.inviteUrl).pathname.split('/').pop();
  const answer = await trpcMutation(inject('baseUrl'), '', 'auth.acceptInvite', {
    token,
    name: client.name,
    password: client.password,
  });
  unwrap(answer, `auth.acceptInvite for ${client.email}`);
  return { ...client, id: invited.clientId, session: await signInToApi(client) };
}

/** Catalog exercises by exact name, as a coach sees them. */
export async function findExercises(
  session: Session,
  names: string[],
): Promise<Array<{ id: string; name: string }>> {
  return Promise.all(
    names.map(async (name) => {
      const page = await query<{ items: Array<{ id: string; name: string }> }>(
        session,
        'catalog.list',
        { search: name },
      );
      const exercise = page.items.find((item) => item.name === name);
      if (!exercise) throw new Error(`No exercise named ${name} in the catalog`);
      return exercise;
    }),
  );
}

export interface AssignOptions {
  startDate: string;
  weeks?: number;
  targetKcal: number;
  exercises: Array<{ exerciseId: string; sets: number; reps: number; loadKg?: number | null }>;
  /** Every step's numbers, so a journey's expectations never hang on the template's defaults. */
  program: ProgramTargets;
}

/** Assigns the system template to the client with the journey's own targets. */
export async function assignProgram(
  coach: Session,
  clientId: string,
  options: AssignOptions,
): Promise<{ id: string }> {
  const programs = await query<Array<{ id: string; isSystem: boolean }>>(coach, 'programs.list');
  const template = programs.find((program) => program.isSystem);
  if (!template) throw new Error('The system program template is missing');
  return mutate<{ id: string }>(coach, 'assignments.create', {
    clientId,
    programId: template.id,
    startDate: options.startDate,
    weeks: options.weeks ?? 8,
    targets: {
      calories: { targetKcal: options.targetKcal },
      exercises: options.exercises,
      program: options.program,
    },
  });
}

export function logDay(
  client: Session,
  day: Pick<DayLogInput, 'date'> & Partial<DayLogInput>,
): Promise<unknown> {
  return mutate(client, 'logs.upsertDay', day);
}

/** A workout as the client sends it (`key` made here); fields the schema defaults may be left out. */
export function logWorkout(
  client: Session,
  workout: Pick<WorkoutInput, 'date' | 'kind'> & Partial<Omit<WorkoutInput, 'key'>>,
): Promise<unknown> {
  return mutate(client, 'logs.addWorkout', { key: randomUUID(), ...workout });
}

export function addCoachNote(coach: Session, clientId: string, body: string): Promise<unknown> {
  return mutate(coach, 'notes.create', { clientId, body });
}

/** A new exercise in the catalog, created by the admin. */
export function createExercise(
  admin: Session,
  exercise: { slug: string; name: string; category: 'strength' | 'cardio' | 'hiit' } & Record<
    string,
    unknown
  >,
): Promise<{ id: string; version: number }> {
  return mutate(admin, 'catalog.create', exercise);
}

/** Changes the fields sent of an exercise, as the admin, at the version read. */
export function updateExercise(
  admin: Session,
  change: { id: string; version: number } & Record<string, unknown>,
): Promise<{ id: string; version: number }> {
  return mutate(admin, 'catalog.update', change);
}
