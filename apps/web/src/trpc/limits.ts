/** Calls in one tRPC batch (GET or POST): the server refuses more, the browser's link sends no more. */
export const MAX_BATCH_SIZE = 10;
