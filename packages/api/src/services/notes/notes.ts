import { and, desc, eq } from 'drizzle-orm';
import { coachNotes, type Db } from '@sixstep/db';
import type { Actor } from '../../actor';
import { notFound } from '../../errors';
import type { NoteCreateInput } from '../../schemas/notes';
import { recordAudit } from '../audit/record-audit';
import { requireOwnClient } from '../clients/client-profile';

const noteColumns = {
  id: coachNotes.id,
  clientId: coachNotes.clientId,
  body: coachNotes.body,
  createdAt: coachNotes.createdAt,
};

/** The coach's own notes on one of their clients, newest first (notes of an earlier coach stay private to them). */
export async function listNotes(db: Db, coach: Actor, clientId: string) {
  await requireOwnClient(db, coach.id, clientId);
  return db
    .select(noteColumns)
    .from(coachNotes)
    .where(and(eq(coachNotes.clientId, clientId), eq(coachNotes.coachId, coach.id)))
    .orderBy(desc(coachNotes.createdAt), desc(coachNotes.id));
}

export async function createNote(db: Db, coach: Actor, input: NoteCreateInput, now: Date) {
  const profile = await requireOwnClient(db, coach.id, input.clientId);
  const [note] = await db
    .insert(coachNotes)
    .values({
      coachId: coach.id,
      clientId: profile.userId,
      body: input.body,
      createdAt: now,
      updatedAt: now,
    })
    .returning(noteColumns);
  return note!;
}

/** Deletes one of the coach's own notes (audited, without its text); any other id is NOT_FOUND. */
export async function deleteNote(db: Db, coach: Actor, id: string, now: Date) {
  return db.transaction(async (tx) => {
    const [deleted] = await tx
      .delete(coachNotes)
      .where(and(eq(coachNotes.id, id), eq(coachNotes.coachId, coach.id)))
      .returning({ id: coachNotes.id, clientId: coachNotes.clientId });
    if (!deleted) throw notFound('Note');
    await recordAudit(
      tx,
      {
        actorId: coach.id,
        action: 'note.deleted',
        entity: 'note',
        entityId: deleted.id,
        details: { clientId: deleted.clientId },
      },
      now,
    );
    return { id: deleted.id };
  });
}
