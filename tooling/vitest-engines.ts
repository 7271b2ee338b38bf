import type { TestProjectInlineConfiguration } from 'vitest/config';

/**
 * Database tests run on the embedded engine always, and again on PostgreSQL when DATABASE_URL
 * names a server: one vitest project per engine, same test files.
 */
export function engineProjects(): TestProjectInlineConfiguration[] {
  const projects: TestProjectInlineConfiguration[] = [
    { extends: true, test: { name: 'pglite', env: { DATABASE_URL: '' } } },
  ];
  if (process.env.DATABASE_URL) {
    projects.push({
      extends: true,
      test: { name: 'postgres', env: { DATABASE_URL: process.env.DATABASE_URL } },
    });
  }
  return projects;
}
