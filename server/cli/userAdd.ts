/** `npm run user:add -- --email a@b --password '…' [--name 'A B'] [--admin]`: creates an account without the UI. */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { openDatabase } from '../db/open';
import { createUser } from '../services/users';
import { actorOf } from '../services/actor';
import { UserCreateSchema } from '../../schema/contracts/accounts';

const USAGE = "Usage: npm run user:add -- --email someone@example.org --password 'at least 12 characters' [--name 'Full Name'] [--admin]";

function fail(lines: string[], code: number): never {
  for (const line of lines) console.error(line);
  process.exit(code);
}

let values: { email?: string; password?: string; name?: string; admin?: boolean };
try {
  ({ values } = parseArgs({
    options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' }, admin: { type: 'boolean', default: false } },
  }));
} catch (err) {
  fail([(err as Error).message, USAGE], 2);
}
const missing = (['email', 'password'] as const).filter((option) => values[option] === undefined);
if (missing.length) fail([...missing.map((option) => `--${option}: is required`), USAGE], 2);

const parsed = UserCreateSchema.safeParse({
  email: values.email, password: values.password, name: values.name ?? values.email?.split('@')[0] ?? '', isAdmin: values.admin,
});
if (!parsed.success) fail(parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`), 2);

try {
  const db = openDatabase(loadConfig().dbPath);
  const user = await createUser(db, actorOf(null, new Date()), parsed.data);
  console.log(`Created ${user.isAdmin ? 'administrator' : 'user'} ${user.email}.`);
  db.$client.close();
} catch (err) {
  fail([(err as Error).message], 1);
}
