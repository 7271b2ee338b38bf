import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { createE2eDatabase } from './database';
import { startMailServer } from './mail-server';
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
  // Mails (invitations, password resets) go to a real SMTP server on the next port.
  const mailDir = mkdtempSync(path.join(tmpdir(), 'sixstep-e2e-mail-'));
  const mail = await startMailServer(mailDir, port + 1);
  let server;
  try {
    server = await startServer({
      appDir,
      distDir,
      port,
      databaseEnv: database.env,
      env: { SMTP_URL: mail.smtpUrl },
    });
  } catch (error) {
    await mail.close();
    await database.drop();
    throw error;
  }
  console.log(`e2e: ${server.baseUrl} (${distDir}) on ${database.describe}`);
  project.provide('baseUrl', server.baseUrl);
  project.provide('mailDir', mailDir);
  project.provide('runId', randomBytes(6).toString('hex'));

  return async () => {
    await server.stop();
    await mail.close();
    rmSync(mailDir, { recursive: true, force: true });
    await database.drop();
  };
}
