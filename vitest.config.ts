import { defineConfig } from 'vitest/config';

// Two cores here and in CI: two workers, and a generous timeout for the tests that render
// charts or run the CLI as a child process.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
