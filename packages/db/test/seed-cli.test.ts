import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsx = path.join(packageDir, 'node_modules/.bin/tsx');

function runSeed(args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; stderr: string }>((resolve) => {
    execFile(
      tsx,
      ['src/cli/seed.ts', ...args],
      { cwd: packageDir, env: { ...process.env, ...env } },
      (error, _out, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stderr }),
    );
  });
}

describe('pnpm db:seed', () => {
  // Port 1 answers nothing: the guard must refuse before any connection is tried.
  const unreachable = { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' };

  it('refuses demo accounts in production without --allow-production', async () => {
    const result = await runSeed([], { ...unreachable, NODE_ENV: 'production' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--allow-production');
  });

  it('rejects a malformed --today before touching a database', async () => {
    const result = await runSeed(['--today', '2026-02-30'], {
      ...unreachable,
      NODE_ENV: 'development',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^--today:/m);
  });
});
