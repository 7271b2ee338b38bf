import { z } from 'zod';

/** A UUID, lower-cased so ids compare equal however the caller spelled them. */
export const idOf = (what: string) =>
  z
    .string({ error: `${what} id is required` })
    .uuid(`Not a valid ${what.toLowerCase()} id`)
    .transform((id) => id.toLowerCase());
