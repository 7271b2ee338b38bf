import type { CheckinStatus } from '@sixstep/domain';

/** How a week's check-in status reads, and its badge tone. */
export const CHECKIN_STATUS: Record<CheckinStatus, { label: string; tone: string }> = {
  upcoming: { label: 'Upcoming', tone: '' },
  due: { label: 'Due', tone: 'warn' },
  missed: { label: 'Missed', tone: 'bad' },
  waiting: { label: 'Waiting for review', tone: '' },
  reviewed: { label: 'Reviewed', tone: 'good' },
};
