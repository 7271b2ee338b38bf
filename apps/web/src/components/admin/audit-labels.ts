/** Entries per page the filter offers (as URL values); the API allows up to 200. */
export const AUDIT_PAGE_SIZES = ['10', '25', '50', '100'] as const;
export const DEFAULT_AUDIT_PAGE_SIZE = '25';

/** The kinds of object the audit log records, as the filter offers them. */
export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  client: 'Client',
  assignment: 'Assignment',
  exercise: 'Exercise',
  program: 'Program',
  user: 'Account',
};

const ACTION_LABELS: Record<string, string> = {
  'client.invited': 'Client invited',
  'client.reinvited': 'Client invited again',
  'client.invite_email_changed': 'Invitation moved to another address',
  'client.invite_accepted': 'Invitation accepted',
  'client.profile_updated': 'Client profile changed',
  'client.deleted': 'Client deleted with their data',
  'assignment.created': 'Program assigned',
  'assignment.updated': 'Assignment changed',
  'assignment.ended': 'Assignment ended',
  'exercise.created': 'Exercise created',
  'exercise.updated': 'Exercise changed',
  'exercise.archived': 'Exercise archived',
  'exercise.restored': 'Exercise restored',
  'program.created': 'Program created',
  'program.updated': 'Program changed',
  'coach.created': 'Coach account created',
  'coach.deactivated': 'Coach deactivated',
  'coach.reactivated': 'Coach reactivated',
  'account.settings_updated': 'Settings changed',
};

/** A readable name for an action; one not listed yet shows as recorded ("thing.did"). */
export const actionLabel = (action: string) => ACTION_LABELS[action] ?? action;

export const entityLabel = (entity: string) => AUDIT_ENTITY_LABELS[entity] ?? entity;

const DETAIL_LABELS: Record<string, string> = {
  fields: 'Changed',
  version: 'Version',
  clientId: 'Client',
  coachId: 'Coach',
  programId: 'Program',
  copiedFrom: 'Copied from',
  startDate: 'Start',
  weeks: 'Weeks',
  endedOn: 'Ended on',
  effectiveFrom: 'In effect from',
  deleted: 'Rows deleted',
  emailSha256: 'E-mail (SHA-256)',
  dayLogs: 'day logs',
  workouts: 'workouts',
  assignments: 'assignments',
  coachNotes: 'coach notes',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Detail keys the table shows elsewhere: the field list is spelled out by `changes`. */
const SHOWN_ELSEWHERE = new Set(['changes']);

function describeValue(value: unknown, names: Record<string, string>): string {
  if (value === null || value === undefined) return '–';
  if (Array.isArray(value))
    return value.length ? value.map((v) => describeValue(v, names)).join(', ') : '–';
  if (typeof value === 'object')
    return Object.entries(value)
      .map(([key, inner]) => `${DETAIL_LABELS[key] ?? key} ${describeValue(inner, names)}`)
      .join(', ');
  // Only primitives are left: a string as it is, a number or boolean as JSON writes it.
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  // People, exercises and programs by name; an id whose object is gone says so.
  if (UUID.test(text)) return names[text] ?? `no longer exists (${text.slice(0, 8)})`;
  if (/^[0-9a-f]{64}$/.test(text)) return `${text.slice(0, 12)}…`;
  return text;
}

/** A changed field's name in words: `unitPreference` → "unit preference". */
const fieldWords = (field: unknown) =>
  String(field)
    .replace(/^targets\./, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();

/**
 * An entry's details as label/value pairs ("Client: Elena Petrova"). The plain list of changed
 * fields is left out when the entry also records each change with its values.
 */
export function describeDetails(
  details: Record<string, unknown>,
  names: Record<string, string> = {},
): Array<{ label: string; value: string }> {
  const withValues = Array.isArray(details.changes) && details.changes.length > 0;
  return Object.entries(details)
    .filter(([key]) => !SHOWN_ELSEWHERE.has(key) && !(withValues && key === 'fields'))
    .map(([key, value]) => ({
      label: DETAIL_LABELS[key] ?? key,
      value:
        key === 'fields' && Array.isArray(value)
          ? value.map(fieldWords).join(', ') || '–'
          : describeValue(value, names),
    }));
}

const auditTime = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'medium',
  timeZone: 'UTC',
});

/** "24 Nov 2026, 19:02:13": the server renders the log, so times are UTC and say so in the header. */
export const formatAuditTime = (at: Date) => auditTime.format(at);
