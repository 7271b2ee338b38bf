import { parseArgs } from 'node:util';
import { isoDateInTimeZone, isoDateSchema } from '@sixstep/domain';
import { seed } from '../seed';
import { DEMO_CLIENTS, DEMO_PASSWORD, DEMO_STAFF } from '../seed';
import { openFromEnvironment } from './open';

// `--today YYYY-MM-DD` pins the demo's calendar (reproducible screenshots); default: today here.
function readArgs() {
  try {
    // pnpm hands a literal "--" through to the script.
    return parseArgs({
      args: process.argv.slice(2).filter((arg) => arg !== '--'),
      options: { today: { type: 'string' }, 'allow-production': { type: 'boolean' } },
    }).values;
  } catch (error) {
    console.error(
      `${(error as Error).message}. Usage: pnpm db:seed [--today YYYY-MM-DD] [--allow-production]`,
    );
    process.exit(1);
  }
}
const values = readArgs();
// The demo accounts share a published password: never let them into a production database by accident.
if (process.env.NODE_ENV === 'production' && !values['allow-production']) {
  console.error(
    'Refusing to load demo data (accounts with the published password "sixstep-demo") while NODE_ENV=production. ' +
      'Pass --allow-production if this really is a demo installation.',
  );
  process.exit(1);
}
const parsedToday = isoDateSchema.safeParse(
  values.today ?? isoDateInTimeZone(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone),
);
if (!parsedToday.success) {
  console.error(`--today: ${parsedToday.error.issues[0]?.message ?? 'expected YYYY-MM-DD'}`);
  process.exit(1);
}
const today = parsedToday.data;

const started = Date.now();
const { database, where } = await openFromEnvironment();
try {
  const added = await seed(database.db, { today });
  console.log(`Seeded the ${where} for ${today} in ${Date.now() - started} ms.`);
  console.log(
    `Added: ${added.exercises} exercises, ${added.systemTemplate} system template, ${added.accounts} accounts, ` +
      `${added.assignments} assignments, ${added.dayLogs} day logs, ${added.workoutLogs} workout logs.`,
  );
  console.log(
    `Demo sign-ins (password "${DEMO_PASSWORD}"): ${[...DEMO_STAFF, ...DEMO_CLIENTS].map((p) => p.email).join(', ')}`,
  );
} finally {
  await database.close();
}
