/** A session ends this long after its sign-in, however active it has been since. */
export const SESSION_MAX_AGE_MS = 30 * 86_400_000;
