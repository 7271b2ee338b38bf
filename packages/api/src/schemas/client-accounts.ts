import { z } from 'zod';

export const CLIENT_ACCOUNTS_PAGE_MAX = 100;

/** The admin's list of every client account: a search and one page of it. */
export const clientAccountListSchema = z
  .object({
    /** Part of a name or e-mail address. */
    search: z.string().trim().max(80, 'Search must be at most 80 characters').optional(),
    limit: z
      .number()
      .int('Limit must be a whole number')
      .min(1, 'Limit must be at least 1')
      .max(CLIENT_ACCOUNTS_PAGE_MAX, `Limit must be at most ${CLIENT_ACCOUNTS_PAGE_MAX}`)
      .default(25),
    /** `nextCursor` of the previous page: the id of its last client. */
    cursor: z.string().uuid('Not a valid cursor').optional(),
  })
  .default({ limit: 25 });
export type ClientAccountListInput = z.infer<typeof clientAccountListSchema>;
