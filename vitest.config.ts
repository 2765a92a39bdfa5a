import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// When VITEST_JSON_DIR is set (CI), each run also writes a JSON report there so .ci/run can
// add up passes and failures across runs.
const jsonDir = process.env.VITEST_JSON_DIR;
const reporters = jsonDir
  ? ['default', ['json', { outputFile: `${jsonDir}/vitest-${process.env.VITEST_REPORT_NAME ?? 'all'}.json` }]]
  : ['default'];

export default defineConfig({
  plugins: [react()],
  test: {
    reporters: reporters as never,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/setup/unit.ts'],
          // CI runs these beside the browser tests on two cores; vitest's 5 s default failed
          // healthy tests there (a load average of 9). A real failure still fails.
          testTimeout: 30_000,
          // Component tests that talk to the real server (tests/setup/real-server.ts) use the migrated database too.
          globalSetup: ['tests/setup/compile-locales.ts', 'tests/api/support/migrated-database.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'tooling',
          include: ['tests/tooling/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'api',
          include: ['tests/api/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/api/support/migrated-database.ts'],
          // One file at a time: against PostgreSQL they share a database and its migrations.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          globalSetup: ['tests/e2e/support/global-setup.ts', 'tests/e2e/support/first-start-data.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'sync',
          include: ['tests/sync/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          testTimeout: 900_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
