import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** One config for every test: API, unit, chart, report and browser tests. */
export default defineConfig({
  root,
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    env: { SIGHTLINE_SCRYPT_COST: '10', TZ: 'UTC' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
