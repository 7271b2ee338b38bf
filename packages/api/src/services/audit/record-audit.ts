import { auditLog, type Queryable } from '@sixstep/db';

export interface AuditEntry {
  actorId: string | null;
  /** What happened, e.g. `exercise.updated`. */
  action: string;
  /** The kind of object, e.g. `exercise`. */
  entity: string;
  entityId: string | null;
  details?: Record<string, unknown>;
}

/** Appends to the audit log; pass the transaction of the change so both commit or neither does. */
export async function recordAudit(tx: Queryable, entry: AuditEntry, at?: Date): Promise<void> {
  await tx
    .insert(auditLog)
    .values({ ...entry, details: entry.details ?? {}, ...(at && { createdAt: at }) });
}
