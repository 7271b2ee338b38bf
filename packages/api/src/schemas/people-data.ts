import { z } from 'zod';
import { userIdSchema } from './accounts';

export const deleteClientSchema = z.object({
  clientId: userIdSchema,
  confirmation: z
    .string({ error: "Type the client's e-mail address to confirm" })
    .max(254, 'Too long to be an e-mail address'),
});

export const AUDIT_PAGE_MAX = 200;

export const auditListSchema = z.object({
  entity: z
    .string()
    .trim()
    .min(1, 'Entity must not be empty')
    .max(50, 'Entity must be at most 50 characters')
    .optional(),
  /** One object's history, e.g. a client's id. */
  entityId: z
    .string()
    .trim()
    .min(1, 'Entity id must not be empty')
    .max(100, 'Entity id must be at most 100 characters')
    .optional(),
  actorId: userIdSchema.optional(),
  limit: z
    .number()
    .int('Limit must be a whole number')
    .min(1, 'Limit must be at least 1')
    .max(AUDIT_PAGE_MAX, `Limit must be at most ${AUDIT_PAGE_MAX}`)
    .default(50),
  /** `nextCursor` of the previous page: the id of its last row. */
  cursor: z.string().uuid('Not a valid cursor').optional(),
});
export type AuditListInput = z.infer<typeof auditListSchema>;
