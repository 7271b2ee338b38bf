import { and, eq } from 'drizzle-orm';
import {
  assignments,
  checkins,
  clientProfiles,
  coachNotes,
  dayLogs,
  loginAttempts,
  messages,
  progressPhotos,
  users,
  workoutLogs,
  type Db,
} from '@sixstep/db';
import type { Actor } from '../../actor';
import { badInput, notFound } from '../../errors';
import { recordAudit } from '../audit/record-audit';

export interface DeleteClientInput {
  clientId: string;
  /** The client's e-mail address, typed by hand as the confirmation. */
  confirmation: string;
}

/**
 * Deletes a client account with its personal data, in one transaction. Deleting the user row
 * cascades (schema ON DELETE CASCADE) to the profile, invitations, assignments, day logs,
 * workouts, coach notes about the client, check-ins, the conversation and progress photos
 * (their images too: photo_images cascades from progress_photos); sign-in attempts are keyed by e-mail, so they are
 * deleted here. Audit rows stay: those the client made lose their actor (SET NULL), and the new
 * row names only the account id and how many rows went, never health data.
 *
 * A coach may delete only their own clients (others: NOT_FOUND); an admin any client.
 */
export async function deleteClientAccount(
  db: Db,
  actor: Actor,
  input: DeleteClientInput,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const [client] = await tx
      .select({ id: users.id, email: users.email, coachId: clientProfiles.coachId })
      .from(users)
      .leftJoin(clientProfiles, eq(clientProfiles.userId, users.id))
      .where(and(eq(users.id, input.clientId), eq(users.role, 'client')))
      .for('update', { of: users });
    if (!client || (actor.role === 'coach' && client.coachId !== actor.id))
      throw notFound('Client');
    if (input.confirmation !== client.email)
      throw badInput(
        'confirmation',
        "type the client's e-mail address exactly as it is shown to confirm the deletion",
      );

    const deleted = {
      dayLogs: await tx.$count(dayLogs, eq(dayLogs.clientId, client.id)),
      workouts: await tx.$count(workoutLogs, eq(workoutLogs.clientId, client.id)),
      assignments: await tx.$count(assignments, eq(assignments.clientId, client.id)),
      coachNotes: await tx.$count(coachNotes, eq(coachNotes.clientId, client.id)),
      checkins: await tx.$count(checkins, eq(checkins.clientId, client.id)),
      messages: await tx.$count(messages, eq(messages.clientId, client.id)),
      photos: await tx.$count(progressPhotos, eq(progressPhotos.clientId, client.id)),
    };
    // Sign-in attempts store the address lower-cased.
    await tx.delete(loginAttempts).where(eq(loginAttempts.email, client.email.toLowerCase()));
    await tx.delete(users).where(eq(users.id, client.id));
    await recordAudit(
      tx,
      {
        actorId: actor.id,
        action: 'client.deleted',
        entity: 'client',
        entityId: client.id,
        // No trace of the address, not even a hash: a plain hash of an e-mail is reversed by
        // hashing candidate addresses, so it would keep the erased person identifiable.
        details: { coachId: client.coachId, deleted },
      },
      now,
    );
    return { clientId: client.id, deleted };
  });
}
