/**
 * `node --import tsx tests/resilience/audit/record.ts "<result of npm audit>"`: after `npm audit --omit=dev
 * --audit-level=high` has run against the registry (see auditDeps.ts), records its date and outcome and the
 * production packages it audited. Reviews and exceptions are kept; a direct dependency or install-script
 * package whose version changed still needs its review entry updated by hand.
 */
import { writeFileSync } from 'node:fs';
import { RECORD_PATH, productionPackages, readRecord } from './lockfile';

const result = process.argv[2];
if (!result) {
  console.error('Give the outcome of `npm audit --omit=dev --audit-level=high`, e.g. "found 0 vulnerabilities".');
  process.exit(2);
}
const previous = readRecord();
const { packages, installScripts } = productionPackages();
writeFileSync(RECORD_PATH, JSON.stringify({
  ...previous,
  auditedOn: new Date().toISOString().slice(0, 10),
  method: 'npm audit against the registry advisory endpoint, plus the reviews below',
  command: 'npm audit --omit=dev --audit-level=high',
  result,
  installScripts,
  packages,
}, null, 2) + '\n');
console.log(`Recorded ${packages.length} production packages in ${RECORD_PATH}.`);
