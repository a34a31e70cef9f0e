import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, newLoggedInPage } from '../helpers/browser';
import { browserWorld } from '../helpers/browserWorld';
import { DEMO_SIGNED_OFF_LABEL } from '../../server/demo/demoSignOff';
import { pdfText } from '../helpers/pdfTools';

const w = browserWorld({ demo: true });
let signedOffStatement: string;
let adminName: string;
const REVISED = 'Revised after the third panel meeting: caseloads above the limit leave little time for a second view.';

beforeAll(async () => {
  adminName = (await w.lead.request<{ user: { name: string } }>('GET', '/api/session')).user.name;
  const base = `/api/investigations/${w.demoId}`;
  const scan = await w.lead.request<{ findings: { kind: string; found: string }[] }>('GET', `${base}/publication/scan`);
  for (const name of new Set(scan.findings.filter((f) => f.kind === 'suspected_name').map((f) => f.found))) {
    await w.lead.request('POST', `${base}/publication/dismissals`, { name, reason: 'A common word in the text here; it names no one in this case.' });
  }
  const [finding] = await w.lead.request<{ id: string; statement: string; version: number }[]>('GET', `${base}/findings`);
  signedOffStatement = finding!.statement;
  await w.lead.request('PATCH', `${base}/findings/${finding!.id}`, { version: finding!.version, statement: REVISED });
  const revised = await w.lead.request<{ id: string }>('POST', `${base}/snapshots`, { label: 'Panel meeting 3: findings revised' });
  await w.lead.request('POST', `${base}/snapshots/${revised.id}/sign-off`, { note: 'Agreed with one finding reworded.' });
  await w.lead.request('POST', `${base}/snapshots`, { label: 'Draft for panel meeting 4' });
}, 120_000);

describe('choosing the signed-off version on the publication screen', () => {
  it('offers only signed-off snapshots with their label, date and sign-off, previews and publishes the one chosen, and lists it against the version with who published it', async () => {
    const page = await newLoggedInPage(w.browser, w.server, ADMIN.email, ADMIN.password);
    await page.goto(`/investigations/${w.demoId}/reports`);
    const form = page.getByRole('form', { name: 'Publish to the library' });
    const versions = form.getByRole('group', { name: 'Version to publish' });
    await versions.getByRole('radio').first().waitFor();

    await expect(versions.getByRole('radio').count()).resolves.toBe(2);
    const newest = versions.getByRole('radio', { name: 'Panel meeting 3: findings revised' });
    await expect(newest.isChecked()).resolves.toBe(true);
    const demo = versions.getByRole('radio', { name: DEMO_SIGNED_OFF_LABEL });
    const demoHint = await demo.getAttribute('aria-describedby');
    await expect(page.locator(`[id="${demoHint}"]`).textContent()).resolves.toMatch(/^Taken \d+ \w+ \d{4}, \d\d:\d\d by .+\. Signed off \d+ \w+ \d{4}, \d\d:\d\d by .+: The panel agreed/);
    await expect(versions.textContent()).resolves.toContain('Not signed off, so not offered: “Draft for panel meeting 4”');

    const preview = form.locator('[data-preview]');
    await expect(preview.textContent()).resolves.toBe('Preview the published edition of “Panel meeting 3: findings revised” (PDF, opens in a new tab)');
    await expect(preview.getAttribute('href')).resolves.toContain(`snapshotId=${await newest.getAttribute('value')}`);

    await demo.check();
    await expect(preview.textContent()).resolves.toBe(`Preview the published edition of “${DEMO_SIGNED_OFF_LABEL}” (PDF, opens in a new tab)`);
    await form.getByLabel('Dates in the published edition').selectOption('relative');
    const href = (await preview.getAttribute('href'))!;
    expect(href).toMatch(/\/reports\/learning-review\.pdf\?edition=published&stage=draft&dateStyle=relative&snapshotId=[0-9a-f-]{36}$/);
    expect(href).toContain(`snapshotId=${await demo.getAttribute('value')}`);
    const previewed = await page.request.get(href);
    expect(previewed.status()).toBe(200);
    const previewText = pdfText(await previewed.body()).replace(/\s+/g, ' ');
    expect(previewText).toContain(signedOffStatement.replace(/\s+/g, ' '));
    expect(previewText).not.toContain('Revised after the third panel meeting');
    await form.getByLabel('Dates in the published edition').selectOption('month');

    await form.getByRole('button', { name: 'Check the chosen version' }).click();
    await form.locator('[data-check-clear], [data-leaks]').first().waitFor({ timeout: 60_000 });
    await expect(form.locator('[data-leaks]').count()).resolves.toBe(0);

    await form.getByLabel('Publication is judged unlikely to harm surviving siblings').check();
    await form.getByLabel('Note on the harm to siblings').fill('Discussed with the sibling’s social worker; no identifying detail remains.');
    await form.getByLabel('The family was consulted about the pseudonym').check();
    await form.getByLabel('Note on the family’s consultation').fill('The family chose the pseudonym at the start of the review.');
    await form.getByRole('button', { name: 'Publish' }).click();
    const outcome = page.locator('.govuk-notification-banner, [data-leaks]').first();
    await outcome.waitFor({ timeout: 60_000 });
    await expect(outcome.textContent()).resolves.toContain(`Published as version 1 from “${DEMO_SIGNED_OFF_LABEL}”`);

    const row = page.locator('.sl-publications tbody tr').first();
    await row.locator('[data-published-snapshot]').waitFor();
    await expect(row.textContent()).resolves.toContain(`“${DEMO_SIGNED_OFF_LABEL}”`);
    await expect(row.textContent()).resolves.toContain('Signed off');
    await expect(row.locator('td').first().textContent()).resolves.toMatch(new RegExp(`by ${adminName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));

    const [published] = await w.lead.request<{ slug: string }[]>('GET', `/api/investigations/${w.demoId}/publications`);
    const review = await w.lead.request<{ report: { findings: { statement: string }[] } }>('GET', `/api/library/${published!.slug}`);
    expect(review.report.findings[0]!.statement).toBe(signedOffStatement);
    expect(JSON.stringify(review.report)).not.toContain('Revised after the third panel meeting');
  }, 240_000);
});
