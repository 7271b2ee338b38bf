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
  note: 'Coach note',
};

const ACTION_LABELS: Record<string, string> = {
  'client.invited': 'Client invited',
  'client.reinvited': 'Client invited again',
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
  'coach.created': 'Coach invited',
  'coach.deactivated': 'Coach deactivated',
  'coach.reactivated': 'Coach reactivated',
  'account.settings_updated': 'Settings changed',
  'account.password_changed': 'Password changed',
  'account.two_factor_enabled': 'Two-factor sign-in turned on',
  'account.two_factor_disabled': 'Two-factor sign-in turned off',
  'auth.signed_in': 'Signed in',
  'auth.sign_in_failed': 'Sign-in failed',
  'auth.sessions_ended': 'Every session ended',
  'auth.password_reset_requested': 'Password reset asked for',
  'auth.reset_link_created': 'Reset link made by an admin',
  'auth.password_reset': 'Password reset',
  'export.downloaded': 'Health data exported',
  'note.deleted': 'Coach note deleted',
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
  deleted: 'Rows deleted',
  reason: 'Reason',
  factor: 'Factor',
  address: 'Address',
  file: 'File',
  dayLogs: 'day logs',
  workouts: 'workouts',
  assignments: 'assignments',
  coachNotes: 'coach notes',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (Array.isArray(value)) return value.length ? value.map(describeValue).join(', ') : '–';
  if (typeof value === 'object')
    return Object.entries(value)
      .map(([key, inner]) => `${DETAIL_LABELS[key] ?? key} ${describeValue(inner)}`)
      .join(', ');
  // Only primitives are left: a string as it is, a number or boolean as JSON writes it.
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  // Ids are long and alike: the first block tells rows apart, the full id stays in the filter links.
  if (UUID.test(text)) return `${text.slice(0, 8)}…`;
  if (/^[0-9a-f]{64}$/.test(text)) return `${text.slice(0, 12)}…`;
  return text;
}

/** A changed field's name in words: `unitPreference` → "unit preference". */
const fieldWords = (field: unknown) =>
  String(field)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();

/** An entry's details as label/value pairs: "Changed: name, muscles". */
export function describeDetails(
  details: Record<string, unknown>,
): Array<{ label: string; value: string }> {
  return Object.entries(details).map(([key, value]) => ({
    label: DETAIL_LABELS[key] ?? key,
    value:
      key === 'fields' && Array.isArray(value)
        ? value.map(fieldWords).join(', ') || '–'
        : describeValue(value),
  }));
}

const auditTime = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'medium',
  timeZone: 'UTC',
});

/** "24 Nov 2026, 19:02:13": the server renders the log, so times are UTC and say so in the header. */
export const formatAuditTime = (at: Date) => auditTime.format(at);
