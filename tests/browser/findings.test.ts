import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ADMIN, addMember, createAccount, newLoggedInPage, type ApiSession } from '../helpers/browser';
import { browserWorld } from '../helpers/browserWorld';

const w = browserWorld();

const AGENCY = 'Eastholm Children’s Social Care';
const FACTORS = [
  { level: 'organisational', category: 'workload', statement: 'Caseloads in the assessment team stayed above the agreed limit for months' },
  { level: 'team', category: 'supervision', statement: 'No case discussion took place before the assessment was closed' },
] as const;

/** An investigation with an agency, two factors and a registered practitioner, prepared through the API. */
async function buildCase(admin: ApiSession, reference: string) {
  const inv = await admin.request<{ id: string }>('POST', '/api/investigations', { reference, title: `Learning review ${reference}` });
  const agency = await admin.request<{ id: string }>('POST', `/api/investigations/${inv.id}/agencies`, { name: AGENCY, kind: 'childrens_social_care' });
  for (const f of FACTORS) await admin.request('POST', `/api/investigations/${inv.id}/factors`, f);
  await admin.request('POST', `/api/investigations/${inv.id}/people`, { kind: 'practitioner', realName: 'Jordan Pike', agencyId: agency.id, jobTitle: 'Social worker' });
  return inv;
}

function form(page: Page, name: string) {
  return page.getByRole('form', { name });
}

describe('findings, recommendations and the register in the built client', () => {
  it('writes a finding from two factors, issues a recommendation to an agency, records an assessed response and shows it in the register', async () => {
    const inv = await buildCase(w.lead, 'LR-FIND-1');
    const page = await newLoggedInPage(w.browser, w.server, ADMIN.email, ADMIN.password);
    await page.goto(`/investigations/${inv.id}/findings`);
    await page.getByRole('heading', { level: 2, name: 'Findings', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Add a finding' }).click();
    const editor = form(page, 'Add a finding');
    await editor.getByLabel('Statement about the system').fill('When caseloads stay above the agreed limit, there is no time for a second view before a case is closed.');
    await editor.getByLabel('How it showed in this case').fill('The assessment was closed without a case discussion, while the team carried 30 cases each.');
    await editor.getByLabel('Mark this finding as final').check();
    await editor.getByRole('button', { name: 'Add finding' }).click();
    const summary = editor.locator('.govuk-error-summary');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain('A finding must rest on at least one factor before it can be marked final');
    await expect(editor.locator('[data-field="factorIds"] .govuk-error-message').textContent()).resolves.toContain('at least one factor');

    await editor.getByRole('combobox', { name: 'Show factors at' }).selectOption('organisational');
    await editor.getByLabel(FACTORS[0].statement).check();
    await editor.getByRole('combobox', { name: 'Show factors at' }).selectOption('');
    await editor.getByLabel(FACTORS[1].statement).check();
    await expect(editor.locator('.sl-picker__status').textContent()).resolves.toBe('2 factors chosen.');
    await editor.getByRole('button', { name: 'Add finding' }).click();

    const finding = page.locator('[data-finding-list] li').first();
    await finding.getByText('Final', { exact: true }).waitFor();
    const restsOn = await finding.locator('.sl-rests-on li').allTextContents();
    expect([...restsOn].sort()).toEqual([
      `Organisational, Workload, caseloads, staffing and turnover: ${FACTORS[0].statement}`,
      `Team, Supervision, reflection and seeking help: ${FACTORS[1].statement}`,
    ]);

    await page.getByRole('button', { name: 'Draft a recommendation' }).click();
    const draft = form(page, 'Draft a recommendation');
    await draft.getByLabel(/^Finding 1:/).check();
    await draft.getByLabel('Another organisation').check();
    await draft.getByLabel('Name of the organisation').fill('Jordan Pike');
    await draft.getByLabel('Recommendation', { exact: true }).fill('Eastholm Children’s Social Care sets a caseload limit that triggers extra capacity for the assessment team.');
    await draft.getByLabel('Intended outcome').fill('Assessments are closed after a case discussion.');
    await draft.getByLabel('How it will be measured').fill('Monthly audit of closed assessments.');
    await draft.getByRole('button', { name: 'Save as draft' }).click();
    await expect.poll(() => draft.locator('[data-field="addresseeName"] .govuk-error-message').textContent())
      .toContain('never to a person');

    await draft.getByLabel('An agency of this investigation').check();
    await draft.getByLabel('Agency', { exact: true }).selectOption({ label: AGENCY });
    await draft.getByRole('button', { name: 'Save as draft' }).click();

    const issue = form(page, 'Issue the recommendation');
    await expect(issue.getByLabel('Days allowed for a response').inputValue()).resolves.toBe('90');
    await issue.getByRole('button', { name: 'Issue recommendation' }).click();
    const heading = page.getByRole('heading', { level: 3, name: /^Recommendation \d{4}-\d{3}$/ });
    await heading.waitFor();
    const identifier = (await heading.textContent())!.replace('Recommendation ', '');
    expect(identifier).toMatch(new RegExp(`^${new Date().getUTCFullYear()}-001$`));
    const detail = page.locator('[data-recommendation-detail]');
    await expect(detail.locator('.govuk-summary-list').textContent()).resolves.toContain(AGENCY);

    await detail.getByText('Record a response', { exact: true }).click();
    const respond = form(page, `Record a response to ${identifier}`);
    await expect(respond.getByLabel('Responding organisation').inputValue()).resolves.toBe(AGENCY);
    await respond.getByLabel('Response', { exact: true }).fill('A caseload limit of 22 has been agreed; extra capacity is being recruited.');
    await respond.getByLabel('Assessment').selectOption('partially_adequate');
    await respond.getByRole('button', { name: 'Save response' }).click();
    await page.locator('[data-flash]').getByText(/Response of .* recorded, assessed as partially adequate/).waitFor();
    const responses = page.getByRole('table', { name: `Responses to ${identifier}` });
    await expect(responses.textContent()).resolves.toContain('A caseload limit of 22 has been agreed');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Recommendations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Recommendation register' }).waitFor();
    const row = page.locator(`[data-register-row="${identifier}"]`);
    await row.waitFor();
    const cells = await row.locator('th, td').allTextContents();
    expect(cells.slice(0, 5)).toEqual([identifier, 'LR-FIND-1Learning review LR-FIND-1', AGENCY, 'Open', expect.stringMatching(/^Partially adequate/)]);
    await expect(row.locator('[data-overdue]').count()).resolves.toBe(0);

    await page.getByLabel('Assessment').selectOption('adequate');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => page.locator('[data-register-count]').textContent()).toContain('No recommendations match');
    expect(new URL(page.url()).search).toBe('?assessment=adequate');
    await page.context().close();
  });

  it('shows a panel member the findings and the register without any editing controls', async () => {
    const inv = await buildCase(w.lead, 'LR-FIND-2');
    const factors = await w.lead.request<{ id: string }[]>('GET', `/api/investigations/${inv.id}/factors`);
    const finding = await w.lead.request<{ id: string }>('POST', `/api/investigations/${inv.id}/findings`, {
      type: 'contributing_factor', statement: 'Case discussion depends on spare time the team does not have.', factorIds: factors.map((f) => f.id),
    });
    const agencies = await w.lead.request<{ id: string }[]>('GET', `/api/investigations/${inv.id}/agencies`);
    const rec = await w.lead.request<{ id: string; version: number }>('POST', `/api/investigations/${inv.id}/recommendations`, {
      findingIds: [finding.id], addresseeAgencyId: agencies[0]!.id, text: 'Eastholm reviews how case discussion is scheduled.',
    });
    const issued = await w.lead.request<{ identifier: string }>('POST', `/api/investigations/${inv.id}/recommendations/${rec.id}/issue`, { version: rec.version });
    const panel = await createAccount(w.server, { email: 'panel.findings@sightline.test', name: 'Panel Member' });
    await addMember(w.lead, inv.id, panel.email, 'panel');

    const page = await newLoggedInPage(w.browser, w.server, panel.email, panel.password);
    await page.goto(`/investigations/${inv.id}/findings`);
    await page.getByText('Case discussion depends on spare time the team does not have.').waitFor();
    await expect(page.getByRole('button', { name: 'Add a finding' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /Move (up|down)/ }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Draft a recommendation' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: issued.identifier }).click();
    await page.getByRole('heading', { level: 3, name: `Recommendation ${issued.identifier}` }).waitFor();
    await expect(page.getByText('Record a response', { exact: true }).count()).resolves.toBe(0);
    await expect(page.getByRole('form', { name: `Close or supersede ${issued.identifier}` }).count()).resolves.toBe(0);

    await page.goto('/recommendations');
    await page.locator(`[data-register-row="${issued.identifier}"]`).waitFor();
    await expect(page.locator('[data-respond]').count()).resolves.toBe(0);
    await page.context().close();
  });
});
