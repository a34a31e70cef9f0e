import { describe, expect, it } from 'vitest';
import { auditProblems } from './audit/check';
import { productionPackages, readRecord } from './audit/lockfile';

const reaudit = 'run `npm run audit:deps` (npm audit where the registry answers, else this check), review what changed ' +
  '(look up advisories for the new or updated packages, fix high or critical findings or add a reviewed exception) and update ' +
  'tests/resilience/audit/productionDependencies.json';

describe('production dependencies (what npm audit --omit=dev checks), read from package-lock.json without the network', () => {
  it('match the dated, reviewed record: every locked package listed, direct and install-script packages reviewed at their locked versions, nothing high or critical left affected without an exception', () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(auditProblems(readRecord(), productionPackages(), today), reaudit).toEqual([]);
  });
});
