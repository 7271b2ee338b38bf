import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The workspace root, found by walking up from the working directory. Bundlers (Next.js) move
 * this module, so paths are resolved from the process's directory, not from import.meta.url.
 */
export function workspaceRoot(start = process.cwd()): string {
  let dir = path.resolve(start);
  for (;;) {
    if (existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No pnpm-workspace.yaml above ${start}`);
    dir = parent;
  }
}

export function migrationsFolder(): string {
  return process.env.SIXSTEP_MIGRATIONS_DIR ?? path.join(workspaceRoot(), 'packages/db/drizzle');
}

export function defaultDataDir(): string {
  return process.env.SIXSTEP_DATA_DIR ?? path.join(workspaceRoot(), '.data/pglite');
}
