/** `npm run user:add -- --email a@b --password '…' [--name 'A B'] [--admin]`: creates an account without the UI. */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { openDatabase } from '../db/open';
import { createUser } from '../services/users';
import { actorOf } from '../services/actor';
import { UserCreateSchema } from '../../schema/contracts/accounts';

const { values } = parseArgs({
  options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' }, admin: { type: 'boolean', default: false } },
});
const parsed = UserCreateSchema.safeParse({
  email: values.email, password: values.password, name: values.name ?? values.email?.split('@')[0] ?? '', isAdmin: values.admin,
});
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`--${issue.path.join('.')}: ${issue.message}`);
  process.exit(2);
}
try {
  const db = openDatabase(loadConfig().dbPath);
  const user = await createUser(db, actorOf(null, new Date()), parsed.data);
  console.log(`Created ${user.isAdmin ? 'administrator' : 'user'} ${user.email}.`);
  db.$client.close();
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
