/**
 * `node --import tsx tests/resilience/audit/record.ts "<result of npm audit>"`: after running
 * `npm audit --omit=dev --audit-level=high` (which needs the registry), records the production packages it audited.
 */
import { writeFileSync } from 'node:fs';
import { RECORD_PATH, productionPackages, readRecord } from './lockfile';

const result = process.argv[2];
if (!result) {
  console.error('Give the outcome of `npm audit --omit=dev --audit-level=high`, e.g. "found 0 vulnerabilities".');
  process.exit(2);
}
const previous = (() => { try { return readRecord(); } catch { return undefined; } })();
const { packages, installScripts } = productionPackages();
writeFileSync(RECORD_PATH, JSON.stringify({
  command: 'npm audit --omit=dev --audit-level=high',
  auditedOn: new Date().toISOString().slice(0, 10),
  result,
  exceptions: previous?.exceptions ?? [],
  installScripts,
  packages,
}, null, 2) + '\n');
console.log(`Recorded ${packages.length} production packages in ${RECORD_PATH}.`);
