import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import type { AssignmentTargets, ProgramTargets } from '@sixstep/domain';
import { ACTIVITY_LEVELS, EXERCISE_CATEGORIES, SEXES } from '@sixstep/domain';

export const roleEnum = pgEnum('role', ['admin', 'coach', 'client']);
export const unitEnum = pgEnum('unit_system', ['kg', 'lb']);
export const sexEnum = pgEnum('sex', SEXES);
export const activityLevelEnum = pgEnum('activity_level', ACTIVITY_LEVELS);
export const exerciseCategoryEnum = pgEnum('exercise_category', EXERCISE_CATEGORIES);
export const assignmentStatusEnum = pgEnum('assignment_status', ['active', 'ended']);
export const accountTokenPurposeEnum = pgEnum('account_token_purpose', [
  'password_reset',
  'email_change',
]);

/** How a user wants to hear about one kind of notification. */
export type NotificationDelivery = 'immediately' | 'daily' | 'off';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: roleEnum('role').notNull(),
    /** Null until an invited client sets a password. */
    passwordHash: text('password_hash'),
    unitPreference: unitEnum('unit_preference').notNull().default('kg'),
    /** IANA name, e.g. Europe/Berlin: the user's calendar for "today" and daily mails. */
    timeZone: text('time_zone').notNull().default('UTC'),
    /** Every session carries the version it was made with; bumping it ends them all. */
    sessionVersion: integer('session_version').notNull().default(1),
    /** Notification kind → delivery; kinds not listed use the product default. */
    notificationPreferences: jsonb('notification_preferences')
      .$type<Record<string, NotificationDelivery>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    /** AES-256-GCM sealed TOTP secret, set once the first code confirmed it. */
    totpSecret: text('totp_secret'),
    /** Sealed secret of an enrolment begun but not yet confirmed. */
    totpPendingSecret: text('totp_pending_secret'),
    totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true }),
    /** The last accepted TOTP time step: a code of this step or older is never taken again. */
    totpLastTimeStep: integer('totp_last_time_step'),
    deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('users_email_lower_key').on(sql`lower(${t.email})`),
    check('users_session_version_check', sql`${t.sessionVersion} >= 1`),
  ],
);

/** One-time links sent by mail: password reset, e-mail change. Only the token's sha256 is kept. */
export const accountTokens = pgTable(
  'account_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: accountTokenPurposeEnum('purpose').notNull(),
    tokenHash: text('token_hash').notNull(),
    /** The address an e-mail change moves to, confirmed by opening the link sent there. */
    newEmail: text('new_email'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('account_tokens_token_hash_key').on(t.tokenHash),
    index('account_tokens_user_idx').on(t.userId, t.purpose),
  ],
);

/** Two-factor recovery codes: the sha256 of each (80 random bits, so no slow hash is needed), spent once. */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('recovery_codes_user_code_key').on(t.userId, t.codeHash)],
);

/**
 * Fixed-window counters for expensive procedures, per user and procedure: one row per window,
 * incremented atomically, so every instance sees the same count.
 */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);

export const clientProfiles = pgTable(
  'client_profiles',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    coachId: uuid('coach_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    sex: sexEnum('sex').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    heightCm: real('height_cm').notNull(),
    startWeightKg: real('start_weight_kg').notNull(),
    activityLevel: activityLevelEnum('activity_level').notNull().default('light'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('client_profiles_coach_idx').on(t.coachId),
    check('client_profiles_height_check', sql`${t.heightCm} > 0`),
    check('client_profiles_weight_check', sql`${t.startWeightKg} > 0`),
  ],
);

export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The client account the invitation activates. */
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    coachId: uuid('coach_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    /** sha256 of the one-time token; the token itself is never stored. */
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('invitations_token_hash_key').on(t.tokenHash),
    index('invitations_user_idx').on(t.userId),
  ],
);

/** Sign-in attempts, kept in the database so the throttle holds across instances and restarts. */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    /** The client address the attempt came from (see the trusted-proxy setting). */
    address: text('address').notNull().default('unknown'),
    succeeded: boolean('succeeded').notNull(),
    /** Turned away by the throttle before any check: counts for its address only. */
    refused: boolean('refused').notNull().default(false),
    /** A password or a two-factor code. */
    factor: text('factor').notNull().default('password'),
    createdAt: createdAt(),
  },
  (t) => [
    index('login_attempts_email_time_idx').on(t.email, t.createdAt),
    index('login_attempts_email_address_time_idx').on(t.email, t.address, t.createdAt),
  ],
);

export const exercises = pgTable(
  'exercises',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    category: exerciseCategoryEnum('category').notNull(),
    muscles: text('muscles')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    equipment: text('equipment')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    instructions: text('instructions').notNull().default(''),
    mediaUrl: text('media_url'),
    difficulty: integer('difficulty').notNull().default(1),
    /** The next harder rung of a progression ladder; the easier rung is the reverse link. */
    progressionId: uuid('progression_id').references((): AnyPgColumn => exercises.id, {
      onDelete: 'set null',
    }),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('exercises_slug_key').on(t.slug),
    index('exercises_progression_idx').on(t.progressionId),
    check('exercises_difficulty_check', sql`${t.difficulty} between 1 and 5`),
    check('exercises_version_check', sql`${t.version} >= 1`),
    check(
      'exercises_progression_self_check',
      sql`${t.progressionId} is null or ${t.progressionId} <> ${t.id}`,
    ),
  ],
);

export const exerciseRevisions = pgTable(
  'exercise_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    exerciseId: uuid('exercise_id')
      .notNull()
      .references(() => exercises.id, { onDelete: 'restrict' }),
    version: integer('version').notNull(),
    changedBy: uuid('changed_by').references(() => users.id, { onDelete: 'set null' }),
    /** created / updated / archived / restored */
    action: text('action').notNull(),
    /** Field → { from, to } for the fields this revision changed. */
    changes: jsonb('changes').$type<Record<string, { from: unknown; to: unknown }>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('exercise_revisions_exercise_version_key').on(t.exerciseId, t.version, t.action),
  ],
);

export const programs = pgTable(
  'programs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    /** Null for the system template (owned by admins); a coach's id for their own variants. */
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'restrict' }),
    isSystem: boolean('is_system').notNull().default(false),
    targets: jsonb('targets').$type<ProgramTargets>().notNull(),
    /** Exercises suggested when a coach assigns this template. */
    defaultExerciseIds: uuid('default_exercise_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('programs_owner_idx').on(t.ownerId),
    uniqueIndex('programs_one_system_key')
      .on(t.isSystem)
      .where(sql`${t.isSystem}`),
    check('programs_owner_check', sql`${t.isSystem} = (${t.ownerId} is null)`),
  ],
);

export const assignments = pgTable(
  'assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    coachId: uuid('coach_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'restrict' }),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    weeks: integer('weeks').notNull(),
    /** Set when a coach ends the assignment early: the last day that counts. */
    endedOn: date('ended_on', { mode: 'string' }),
    status: assignmentStatusEnum('status').notNull().default('active'),
    /** Personalised snapshot: later edits to the catalog or the template never change it. */
    targets: jsonb('targets').$type<AssignmentTargets>().notNull(),
    /** Weekday of the weekly check-in, 0 = Sunday … 6 = Saturday; null: the weekday it started. */
    checkinWeekday: integer('checkin_weekday'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check(
      'assignments_checkin_weekday_check',
      sql`${t.checkinWeekday} is null or ${t.checkinWeekday} between 0 and 6`,
    ),
    index('assignments_client_idx').on(t.clientId, t.startDate),
    index('assignments_coach_idx').on(t.coachId, t.status),
    uniqueIndex('assignments_one_active_key')
      .on(t.clientId)
      .where(sql`${t.status} = 'active'`),
    check('assignments_weeks_check', sql`${t.weeks} between 1 and 52`),
  ],
);

/**
 * The targets' history: each adjustment of an assignment's targets is a new version in effect
 * from its date on, so the days before it are still scored against what was asked then. An
 * assignment without rows here has had its `targets` from the start (rows are written from the
 * first adjustment, or at creation).
 */
export const assignmentTargetVersions = pgTable(
  'assignment_target_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => assignments.id, { onDelete: 'cascade' }),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    targets: jsonb('targets').$type<AssignmentTargets>().notNull(),
    /** The coach who made the change; null once their account is gone. */
    changedBy: uuid('changed_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('assignment_target_versions_key').on(t.assignmentId, t.effectiveFrom)],
);

export const dayLogs = pgTable(
  'day_logs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    date: date('date', { mode: 'string' }).notNull(),
    calories: integer('calories'),
    meals: integer('meals'),
    proteinMeals: integer('protein_meals'),
    fatServings: integer('fat_servings'),
    vegServings: integer('veg_servings'),
    treats: integer('treats'),
    plannedTreats: integer('planned_treats'),
    weightKg: real('weight_kg'),
    note: text('note'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('day_logs_client_date_key').on(t.clientId, t.date),
    check(
      'day_logs_non_negative_check',
      sql`coalesce(${t.calories}, 0) >= 0 and coalesce(${t.meals}, 0) >= 0 and coalesce(${t.proteinMeals}, 0) >= 0
        and coalesce(${t.fatServings}, 0) >= 0 and coalesce(${t.vegServings}, 0) >= 0
        and coalesce(${t.treats}, 0) >= 0 and coalesce(${t.plannedTreats}, 0) >= 0`,
    ),
    check('day_logs_weight_check', sql`${t.weightKg} is null or ${t.weightKg} > 0`),
  ],
);

export type WorkoutSet = { reps: number; loadKg: number | null };

export const workoutLogs = pgTable(
  'workout_logs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    date: date('date', { mode: 'string' }).notNull(),
    kind: exerciseCategoryEnum('kind').notNull(),
    exerciseId: uuid('exercise_id').references(() => exercises.id, { onDelete: 'restrict' }),
    sets: jsonb('sets')
      .$type<WorkoutSet[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    minutes: integer('minutes'),
    activity: text('activity'),
    intervals: integer('intervals'),
    /** Made by the client so a retried request stores one workout. */
    idempotencyKey: text('idempotency_key').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('workout_logs_client_key_key').on(t.clientId, t.idempotencyKey),
    index('workout_logs_client_date_idx').on(t.clientId, t.date),
    check('workout_logs_minutes_check', sql`${t.minutes} is null or ${t.minutes} >= 0`),
    check('workout_logs_intervals_check', sql`${t.intervals} is null or ${t.intervals} >= 0`),
  ],
);

export const coachNotes = pgTable(
  'coach_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    coachId: uuid('coach_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    clientId: uuid('client_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('coach_notes_client_idx').on(t.clientId, t.createdAt)],
);

/** Who changed what and when, for assignments, the catalog, accounts and roles. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    details: jsonb('details')
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    createdAt: createdAt(),
  },
  (t) => [index('audit_log_time_idx').on(t.createdAt)],
);

/** Raw bytes; PGlite hands back a Uint8Array, postgres.js a Buffer: both become a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * The conversation of a client with their coach: one thread per client, so it is keyed by the
 * client. The key is made by the author's device, so a retry or a double tap stores one message.
 */
export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    createdAt: createdAt(),
    /** When the other side opened the thread after this message arrived. */
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('messages_author_key_key').on(t.authorId, t.idempotencyKey),
    index('messages_thread_idx').on(t.clientId, t.createdAt, t.id),
  ],
);

export const checkins = pgTable(
  'checkins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => assignments.id, { onDelete: 'cascade' }),
    /** Program week (1 = the assignment's first seven days). */
    week: integer('week').notNull(),
    /** The day the client filled it in, in their calendar. */
    date: date('date', { mode: 'string' }).notNull(),
    weightKg: real('weight_kg'),
    waistCm: real('waist_cm'),
    hipsCm: real('hips_cm'),
    chestCm: real('chest_cm'),
    energy: integer('energy').notNull(),
    hunger: integer('hunger').notNull(),
    sleep: integer('sleep').notNull(),
    stress: integer('stress').notNull(),
    win: text('win'),
    struggle: text('struggle'),
    question: text('question'),
    photoIds: uuid('photo_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: updatedAt(),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedBy: uuid('reviewed_by').references(() => users.id, { onDelete: 'set null' }),
    reply: text('reply'),
  },
  (t) => [
    uniqueIndex('checkins_assignment_week_key').on(t.assignmentId, t.week),
    index('checkins_client_idx').on(t.clientId, t.date),
    check('checkins_week_check', sql`${t.week} >= 1`),
    check(
      'checkins_scales_check',
      sql`${t.energy} between 1 and 5 and ${t.hunger} between 1 and 5 and ${t.sleep} between 1 and 5 and ${t.stress} between 1 and 5`,
    ),
    check(
      'checkins_measures_check',
      sql`coalesce(${t.weightKg}, 1) > 0 and coalesce(${t.waistCm}, 1) > 0 and coalesce(${t.hipsCm}, 1) > 0 and coalesce(${t.chestCm}, 1) > 0`,
    ),
  ],
);

export const photoPoseEnum = pgEnum('photo_pose', ['front', 'side', 'back']);

/** A progress photo's facts; its images live behind the photo store (photo_images by default). */
export const progressPhotos = pgTable(
  'progress_photos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    pose: photoPoseEnum('pose').notNull(),
    takenOn: date('taken_on', { mode: 'string' }).notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('progress_photos_client_idx').on(t.clientId, t.pose, t.takenOn)],
);

/** The PostgreSQL photo store: resized, metadata-free images, in the database and its backups. */
export const photoImages = pgTable(
  'photo_images',
  {
    photoId: uuid('photo_id')
      .notNull()
      .references(() => progressPhotos.id, { onDelete: 'cascade' }),
    /** full / thumb */
    variant: text('variant').notNull(),
    contentType: text('content_type').notNull(),
    bytes: bytea('bytes').notNull(),
  },
  (t) => [uniqueIndex('photo_images_photo_variant_key').on(t.photoId, t.variant)],
);
