import { describe, expect, it } from 'vitest';
import { appDatabase } from '../src';

describe('appDatabase', () => {
  it('forgets a failed open, so the next request tries the database again', async () => {
    // Nothing listens on port 1: opening fails at once.
    const unreachable = { url: 'postgres://nobody@127.0.0.1:1/none', seedDemoData: false };
    const first = await appDatabase(unreachable).catch((error: unknown) => error);
    const second = await appDatabase(unreachable).catch((error: unknown) => error);
    expect(first).toBeInstanceOf(Error);
    expect(second).toBeInstanceOf(Error);
    // A cached rejection would hand back the very same error object.
    expect(second).not.toBe(first);
  });
});
