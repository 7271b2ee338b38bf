import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { createE2eDatabase } from './database';
import { assertProductionBuild, startServer } from '../../../../tooling/production-server.ts';
import './provided';

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * One fresh, seeded database and one production server for the whole run; the journeys get its
 * address through inject('baseUrl'). E2E_DIST_DIR points at another build folder while developing.
 */
export default async function setup(project: TestProject) {
  const distDir = process.env.E2E_DIST_DIR ?? '.next';
  assertProductionBuild(appDir, distDir);
  const port = Number(process.env.E2E_PORT ?? 3200);
  const database = await createE2eDatabase();
  let server;
  try {
    server = await startServer({ appDir, distDir, port, databaseEnv: database.env });
  } catch (error) {
    await database.drop();
    throw error;
  }
  console.log(
    `e2e: ${server.baseUrl} (${distDir}, Node ${server.nodeVersion}) on ${database.describe}`,
  );
  project.provide('baseUrl', server.baseUrl);

  return async () => {
    await server.stop();
    await database.drop();
  };
}
