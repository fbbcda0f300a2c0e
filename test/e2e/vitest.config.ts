import { defineConfig } from 'vitest/config';

// Real browsers with the production builds (.output/*): run after `npm run zip`.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 120_000,
    // One browser at a time on a 2-core machine: parallel browsers make timing flaky.
    fileParallelism: false,
  },
});
