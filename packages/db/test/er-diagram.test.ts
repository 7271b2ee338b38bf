import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { erDiagram } from '../src/docs/er-diagram';
import { workspaceRoot } from '../src/locate';

describe('the data model in docs/ARCHITECTURE.md', () => {
  it('is the diagram of the schema as it is (run `pnpm --filter @sixstep/db docs:er`)', () => {
    const doc = readFileSync(path.join(workspaceRoot(), 'docs/ARCHITECTURE.md'), 'utf8');
    const block = /```mermaid\n(erDiagram\n[\s\S]*?)\n```/.exec(doc)?.[1];
    expect(block).toBe(erDiagram());
  });

  it('draws every table and every foreign key', () => {
    const diagram = erDiagram();
    for (const table of ['users', 'client_profiles', 'assignments', 'day_logs', 'workout_logs'])
      expect(diagram).toContain(`  ${table} {`);
    expect(diagram).toContain('users ||--o| client_profiles : "user_id"');
    expect(diagram).toContain('exercises |o--o{ exercises : "progression_id"');
  });
});
