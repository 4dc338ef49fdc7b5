import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Real SQLite files in temp folders: keep workers few on a 2-core machine.
    pool: 'forks',
    maxWorkers: 2,
  },
});
