import { describe, expect, it } from 'vitest';
import { productionPackages, readRecord } from './audit/lockfile';

const reaudit = 'run `npm audit --omit=dev --audit-level=high` where the registry is reachable, review any high or critical finding ' +
  '(fix it, or add a reviewed exception), then `node --import tsx tests/resilience/audit/record.ts "<its result>"`';

describe('production dependencies (what npm audit --omit=dev checks), read from package-lock.json without the network', () => {
  it('are exactly the reviewed list, so a new or changed package cannot arrive unaudited', () => {
    const { packages } = productionPackages();
    const recorded = new Set(readRecord().packages);
    const current = new Set(packages);
    const added = packages.filter((p) => !recorded.has(p));
    const removed = [...recorded].filter((p) => !current.has(p));
    expect({ added, removed }, `production dependencies changed: ${reaudit}`).toEqual({ added: [], removed: [] });
  });

  it('run install scripts only for the reviewed packages', () => {
    expect(productionPackages().installScripts, `a production package gained an install script: ${reaudit}`).toEqual(readRecord().installScripts);
  });

  it('accept an advisory only with a reason, a reviewer and a date, for a package in the list', () => {
    const record = readRecord();
    const names = new Set(record.packages.map((p) => p.slice(0, p.lastIndexOf('@'))));
    for (const e of record.exceptions) {
      for (const field of ['advisory', 'package', 'severity', 'reason', 'reviewedBy', 'reviewedOn'] as const) expect(e[field].trim(), `${e.advisory}.${field}`).not.toBe('');
      expect(names.has(e.package), `${e.advisory}: ${e.package} is not a production dependency`).toBe(true);
    }
  });
});
