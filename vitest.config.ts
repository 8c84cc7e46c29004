import { defineConfig } from 'vitest/config';

// unit: pure code, no database. integration: against the real Neo4j that
// tests/integration/global-setup.ts starts (or NEO4J_URI when set), one file at a time.
// e2e: a real headless Chromium against the served explorer, same database.
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.int.test.ts', 'tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['tests/integration/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
