import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ADMIN, addMember, createAccount, newLoggedInPage } from '../helpers/browser';
import { browserWorld } from '../helpers/browserWorld';

const w = browserWorld();

/** An investigation at analysis stage with one chronology entry, prepared through the API. */
async function analysisCase(reference: string) {
  const inv = await w.lead.request<{ id: string }>('POST', '/api/investigations', {
    reference, title: `Learning review ${reference}`, status: 'analysis', outcome: 'Child C was seriously injured at home',
  });
  const event = await w.lead.request<{ id: string }>('POST', `/api/investigations/${inv.id}/events`, {
    occurred: '2019-03-14', kind: 'non_event', description: 'Planned home visit did not take place',
  });
  return { id: inv.id, eventId: event.id };
}

async function factorId(investigationId: string, statement: string): Promise<string> {
  const factors = await w.lead.request<{ id: string; statement: string }[]>('GET', `/api/investigations/${investigationId}/factors`);
  const found = factors.find((f) => f.statement === statement);
  if (!found) throw new Error(`no factor "${statement}"`);
  return found.id;
}

const status = (page: Page) => page.locator('#analysis-status');
const card = (page: Page, id: string) => page.locator(`svg.causal .causal__node[data-id="${id}"]`);
const openChecks = (page: Page, rule: string) => page.locator(`#checks ul[aria-label="Open check results"] li[data-rule="${rule}"]`);

/** Fills the open "Add a factor" form in the side panel and waits for the factor to be added. */
async function fillFactor(page: Page, o: { level?: string; category: string; statement: string; evidence?: RegExp }) {
  const form = page.getByRole('form', { name: 'Add a factor' });
  await form.waitFor();
  if (o.level) await form.getByLabel(o.level, { exact: true }).check();
  await form.getByLabel('Category', { exact: true }).selectOption({ label: o.category });
  await expect.poll(() => form.locator('.sl-prompts').textContent()).toContain(`Questions to ask: ${o.category}`);
  await form.getByLabel('Statement', { exact: true }).fill(o.statement);
  if (o.evidence) await form.getByLabel(o.evidence).check();
  await form.getByRole('button', { name: 'Add the factor' }).click();
  await expect.poll(() => status(page).textContent()).toBe(`Factor “${o.statement}” added.`);
}

/**
 * Links the selected factor to the card `to` (chosen by clicking it in the diagram), with a rationale, and
 * waits until the link from `from` is announced (pass null when the link is expected to be refused).
 */
async function linkTo(page: Page, to: string, rationale: string, from: string | null) {
  await page.locator('.sl-analysis__panel').getByRole('button', { name: 'Link from this factor' }).click();
  const form = page.getByRole('form', { name: 'Link the factor' });
  await form.waitFor();
  await card(page, to).click();
  await form.getByLabel('Rationale').fill(rationale);
  await form.getByRole('button', { name: 'Save the link' }).click();
  if (from) await expect.poll(() => status(page).textContent()).toMatch(new RegExp(`^Linked “${from}”`));
}

describe('the Analysis tab', () => {
  it('builds a chain from the systemic level down to an event, highlights it in the diagram and the timeline, and clears the checks it answers', async () => {
    const inv = await analysisCase('LR-ANALYSIS-1');
    const page = await newLoggedInPage(w.browser, w.server, ADMIN.email, ADMIN.password);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`/investigations/${inv.id}/analysis`);
    await page.locator('svg.causal').waitFor();
    await openChecks(page, 'no-organisational-factor').waitFor();

    await page.getByRole('button', { name: 'Add a factor', exact: true }).first().click();
    const addForm = page.getByRole('form', { name: 'Add a factor' });
    await addForm.getByLabel('Individual', { exact: true }).check();
    await addForm.getByRole('button', { name: 'Add the factor' }).click();
    await expect.poll(() => addForm.locator('.govuk-error-summary').textContent()).toContain('Statement must not be empty');
    await expect(addForm.getByLabel('Statement', { exact: true }).getAttribute('class')).resolves.toContain('govuk-input--error');
    await fillFactor(page, {
      level: 'Individual', category: 'Judgement and decision under uncertainty',
      statement: 'The visit was rescheduled twice under competing urgent work', evidence: /Planned home visit did not take place/,
    });
    const individual = await factorId(inv.id, 'The visit was rescheduled twice under competing urgent work');
    await linkTo(page, inv.eventId, 'The visit slipped out of the week', 'The visit was rescheduled twice under competing urgent work');
    await expect.poll(() => openChecks(page, 'chain-ends-individual').count()).toBe(1);
    await expect(openChecks(page, 'chain-ends-individual').textContent()).resolves.toContain('The visit was rescheduled twice');

    await page.locator('svg.causal .causal__band-add[data-band="team"]').click();
    await fillFactor(page, { category: 'Supervision, reflection and seeking help', statement: 'Supervision had not taken place for three months' });
    const team = await factorId(inv.id, 'Supervision had not taken place for three months');
    await linkTo(page, individual, 'No space to reflect on priorities', 'Supervision had not taken place for three months');
    await expect.poll(() => openChecks(page, 'chain-ends-individual').count()).toBe(0);
    await expect(openChecks(page, 'no-organisational-factor').count()).resolves.toBe(1);

    await page.getByRole('button', { name: 'Add a factor at the organisational level' }).click();
    await fillFactor(page, { category: 'Workload, caseloads, staffing and turnover', statement: 'Caseloads were 40% above the agency’s own limit' });
    const organisational = await factorId(inv.id, 'Caseloads were 40% above the agency’s own limit');
    await linkTo(page, team, 'Managers covered cases themselves', 'Caseloads were 40% above the agency’s own limit');
    await expect.poll(() => openChecks(page, 'no-organisational-factor').count()).toBe(0);

    await page.getByRole('button', { name: 'Add a factor', exact: true }).first().click();
    await fillFactor(page, { level: 'Systemic', category: 'Funding and commissioning', statement: 'Funding for early help was cut by a third' });
    const systemic = await factorId(inv.id, 'Funding for early help was cut by a third');
    await linkTo(page, organisational, 'Fewer posts were funded', 'Funding for early help was cut by a third');

    await card(page, individual).click();
    await linkTo(page, systemic, 'An attempt to close the loop', null);
    const problem = page.getByRole('form', { name: 'Link the factor' }).locator('.govuk-error-summary');
    await problem.waitFor();
    await expect(problem.textContent()).resolves.toContain('this link would make a cycle: "The visit was rescheduled twice under competing urgent work" → "Funding for early help was cut by a third" →');
    await page.getByRole('form', { name: 'Link the factor' }).getByRole('button', { name: 'Cancel' }).click();

    await card(page, team).click();
    const chart = page.locator('svg.causal');
    await expect.poll(() => chart.getAttribute('class')).toContain('has-selection');
    const chain = await page.locator('svg.causal .causal__node.is-chain').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')).sort());
    expect(chain).toEqual([individual, organisational, systemic, inv.eventId].sort());
    await expect(page.locator('svg.causal .causal__edge.is-chain').count()).resolves.toBe(4);
    await expect(card(page, team).getAttribute('aria-pressed')).resolves.toBe('true');
    const outlineSelected = page.locator('#outline .is-selected > .sl-outline__select');
    await expect(outlineSelected.first().textContent()).resolves.toBe('Supervision had not taken place for three months');

    await page.locator('.sl-analysis__panel').getByRole('button', { name: /^Show in timeline/ }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/chronology') && url.searchParams.get('highlight') === inv.eventId);
    await expect.poll(() => page.locator('#workspace-tab').textContent()).toContain('1 entry is highlighted as evidence');
    await expect.poll(() => page.locator('.timeline__ring--highlighted').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('shows a panel member the diagram, the outline and the checks without any way to change them', async () => {
    const inv = await analysisCase('LR-ANALYSIS-2');
    const factor = await w.lead.request<{ id: string }>('POST', `/api/investigations/${inv.id}/factors`, {
      level: 'organisational', category: 'tools_records', statement: 'The record system did not show earlier referrals', eventIds: [inv.eventId],
    });
    await w.lead.request('POST', `/api/investigations/${inv.id}/factor-links`, { fromFactorId: factor.id, toKind: 'event', toEventId: inv.eventId, rationale: 'History was not visible' });
    const panel = await createAccount(w.server, { email: 'analysis.panel@example.test', name: 'Pat Panel' });
    await addMember(w.lead, inv.id, panel.email, 'panel');

    const page = await newLoggedInPage(w.browser, w.server, panel.email, panel.password);
    await page.goto(`/investigations/${inv.id}/analysis`);
    await card(page, factor.id).waitFor();
    await expect(page.getByText('As a panel member you can read the analysis but not change it.').count()).resolves.toBe(1);
    await expect(page.locator('#outline').textContent()).resolves.toContain('Organisational · Tools, forms and case-record IT · Hindering');

    await card(page, factor.id).click();
    await page.locator('.sl-analysis__panel').getByRole('heading', { name: 'The record system did not show earlier referrals' }).waitFor();
    await expect(page.locator('.sl-analysis__panel').textContent()).resolves.toContain('Why: History was not visible');
    for (const name of [/^Add a factor/, 'Change', 'Link from this factor', 'Remove the factor', 'Remove link', 'Mark as considered']) {
      await expect(page.getByRole('button', { name }).count(), String(name)).resolves.toBe(0);
    }
    await expect(page.locator('svg.causal .causal__band-add').count()).resolves.toBe(0);
    await page.context().close();
  });
});
