import { z } from 'zod';
import { idOf } from './ids';

export const NOTE_MAX_LENGTH = 5000;

export const noteListSchema = z.object({ clientId: idOf('Client') });

export const noteCreateSchema = z.object({
  clientId: idOf('Client'),
  body: z
    .string({ error: 'Note must be text' })
    .trim()
    .min(1, 'Write something first')
    .max(NOTE_MAX_LENGTH, `A note can be at most ${NOTE_MAX_LENGTH} characters`),
});
export type NoteCreateInput = z.infer<typeof noteCreateSchema>;

export const noteByIdSchema = z.object({ id: idOf('Note') });
