import type { Db } from '@sixstep/db';
import type { Actor } from '../../actor';
import { recordAudit } from '../audit/record-audit';

/** An export of someone's health data leaves a trace: who took which file about whom. */
export function recordExport(db: Db, actor: Actor, subjectId: string, file: string, now: Date) {
  return recordAudit(
    db,
    {
      actorId: actor.id,
      action: 'export.downloaded',
      entity: 'client',
      entityId: subjectId,
      details: { file },
    },
    now,
  );
}
