import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/** The journeys share one server and one database and build on each other: 01, 02, 03... */
class FileNameSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]) {
    return [...files].sort((a, b) => a.moduleId.localeCompare(b.moduleId));
  }
}

// Real servers on a shared 2-core machine: be patient.
const patience = { testTimeout: 120_000, hookTimeout: 180_000, teardownTimeout: 60_000 };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          globalSetup: ['e2e/support/global-setup.ts'],
          fileParallelism: false,
          sequence: { sequencer: FileNameSequencer, groupOrder: 0 },
          ...patience,
        },
      },
      {
        // Production servers on PostgreSQL started, killed and restarted by the tests themselves;
        // after the journeys, one file at a time, so servers never compete for the two cores.
        test: {
          name: 'ops',
          include: ['ops/**/*.ops.test.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          ...patience,
        },
      },
    ],
  },
});
