import type { Db } from './db/open';
import type { Config } from './config';
import { users } from '../schema/tables';
import { generatePassword } from './auth/passwords';
import { createUser } from './services/users';
import { actorOf } from './services/actor';
import { seedDemo } from './demo/seedDemo';

/** On first start: create the admin account and, unless disabled, the fictional demo investigation. */
export async function bootstrap(db: Db, config: Config, log: (line: string) => void = console.log): Promise<void> {
  const anyUser = db.select({ id: users.id }).from(users).limit(1).get();
  if (anyUser) return;
  const password = config.adminPassword ?? generatePassword();
  const admin = await createUser(db, actorOf(null, new Date()), {
    email: config.adminEmail, name: 'Administrator', password, isAdmin: true,
  });
  log(`Created the administrator account ${admin.email}.`);
  if (!config.adminPassword) log(`Its password (shown once, change it after logging in): ${password}`);
  if (config.demo) {
    const demo = await seedDemo(db, admin.id, new Date());
    log(`Created the fictional demo investigation ${demo.reference}, with demo accounts:`);
    for (const a of demo.accounts) log(`  ${a.email} (${a.role}) password: ${a.password}`);
  }
}
