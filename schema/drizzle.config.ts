import { defineConfig } from 'drizzle-kit';

/** drizzle-kit configuration: tables live in schema/tables, migrations in schema/migrations. */
export default defineConfig({
  dialect: 'sqlite',
  schema: './schema/tables/index.ts',
  out: './schema/migrations',
});
