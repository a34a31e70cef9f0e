import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ADMIN, newLoggedInPage } from '../helpers/browser';
import { browserWorld } from '../helpers/browserWorld';
import { pdfText } from '../helpers/pdfTools';
import { DEMO_SIGNED_OFF_LABEL } from '../../server/demo/demoSignOff';

const w = browserWorld({ demo: true });

/** Real names, aliases and identifying places of the fictional demo registry (server/demo/demoRegistry.ts). */
const DEMO_REAL_NAMES = ['Thornbury', 'Zoë', 'Kayleigh', 'Darren Fowler', 'Priya Natarajan', 'Owen Pritchard', 'Łukasz', 'Helen Okafor',
  'Gemma Hollis', 'Marcus Bell', 'Little Acorns', 'Cobden Terrace'];

describe('the Reports screen in the built client', () => {
  it('generates the published draft of the demo investigation and downloads a PDF without its real names', async () => {
    const id = w.demoId;
    const page = await newLoggedInPage(w.browser, w.server, ADMIN.email, ADMIN.password);
    await page.goto(`/investigations/${id}/reports`);
    await page.getByRole('heading', { level: 2, name: 'Reports' }).waitFor();
    await page.locator('[data-flag-counts]').waitFor();

    const form = page.getByRole('form', { name: 'Generate a report' });
    await form.getByLabel('Report standard').selectOption('learning-review');
    await form.getByLabel('Edition', { exact: true }).selectOption('published');
    await form.getByLabel('Stage').selectOption('draft');
    await form.getByLabel('Dates in the published edition').selectOption('relative');
    const link = page.getByRole('button', { name: 'Download the published edition (PDF)' });
    await expect(link.getAttribute('href')).resolves.toMatch(/\/reports\/[^/]+\.pdf\?edition=published&stage=draft&dateStyle=relative$/);

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const file = await download.path();
    const pdf = readFileSync(file);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    for (const heading of ['Synopsis', 'Factual information', 'Analysis', 'Safety recommendations']) expect(text).toContain(heading);
    for (const name of DEMO_REAL_NAMES) expect(text.toLowerCase(), name).not.toContain(name.toLowerCase());
    expect(text).toContain('Child');
  }, 60_000);

  it('refuses a final edition while language flags are open and lists them, then records one once they are considered', async () => {
    const id = w.demoId;
    await w.lead.request('POST', `/api/investigations/${id}/factors`, {
      level: 'organisational', category: 'workload', statement: 'The team failed to visit while caseloads stayed above the agreed limit',
    });
    const page = await newLoggedInPage(w.browser, w.server, ADMIN.email, ADMIN.password);
    await page.goto(`/investigations/${id}/reports`);
    await page.locator('[data-flag-counts]').waitFor();
    await expect(page.locator('[data-flag-counts]').textContent()).resolves.not.toMatch(/^0 open/);
    await page.getByLabel('Stage').selectOption('final');
    await page.getByRole('button', { name: 'Download the published edition (PDF)' }).click();
    const refusal = page.locator('[data-refusal]');
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toContain('final report cannot be generated');
    const listed = await refusal.locator('li').count();
    expect(listed).toBeGreaterThan(0);

    const openItems = page.locator('.sl-flag-item:not(.sl-flag-item--considered)');
    while (await openItems.count() > 0) {
      const item = openItems.first();
      const key = await item.getAttribute('data-flag-key');
      await item.getByText('Mark as considered', { exact: true }).first().click();
      await item.getByLabel('Why this wording stays').fill('Quotes the procedure in force at the time.');
      await item.getByRole('button', { name: 'Mark as considered' }).click();
      await page.locator(`.sl-flag-item--considered[data-flag-key="${key}"]`).waitFor();
    }
    await expect(page.locator('[data-flag-counts]').textContent()).resolves.toMatch(/^0 open/);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the published edition (PDF)' }).click(),
    ]);
    expect(readFileSync(await download.path()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const row = page.locator('table.sl-history tbody tr').first();
    await row.waitFor();
    await expect(row.textContent()).resolves.toMatch(/published\s*final/);
    await expect(row.locator('code').textContent()).resolves.toMatch(/^[0-9a-f]{64}$/);
  }, 180_000);

  it('downloads the published draft built from a snapshot, with its wording from before a later edit', async () => {
    const id = w.demoId;
    const [finding] = await w.lead.request<{ id: string; statement: string; version: number }[]>('GET', `/api/investigations/${id}/findings`);
    const edited = 'Caseloads above the agreed limit leave little time for a second view of an injury.';
    await w.lead.request('PATCH', `/api/investigations/${id}/findings/${finding!.id}`, { version: finding!.version, statement: edited });
    const page = await newLoggedInPage(w.browser, w.server, ADMIN.email, ADMIN.password);
    await page.goto(`/investigations/${id}/reports`);
    const form = page.getByRole('form', { name: 'Generate a report' });
    const builtFrom = form.getByLabel('Built from');
    await builtFrom.waitFor();
    const snapshot = builtFrom.locator('option', { hasText: DEMO_SIGNED_OFF_LABEL });
    await expect(snapshot.textContent()).resolves.toMatch(new RegExp(`^Snapshot “${DEMO_SIGNED_OFF_LABEL}”, taken \\d+ \\w+ \\d{4}, \\d\\d:\\d\\d, signed off by the panel$`));
    await builtFrom.selectOption({ value: (await snapshot.getAttribute('value'))! });
    const link = page.getByRole('button', { name: 'Download the published edition (PDF)' });
    await expect(link.getAttribute('href')).resolves.toMatch(/\?edition=published&stage=draft&dateStyle=month&snapshotId=[0-9a-f-]{36}$/);
    await expect(page.locator(`[id="${await link.getAttribute('aria-describedby')}"]`).textContent()).resolves.toContain(`, from snapshot “${DEMO_SIGNED_OFF_LABEL}”.`);

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const text = pdfText(readFileSync(await download.path())).replace(/\s+/g, ' ');
    expect(text).toContain(finding!.statement.replace(/\s+/g, ' '));
    expect(text).not.toContain(edited);
  }, 60_000);
});
