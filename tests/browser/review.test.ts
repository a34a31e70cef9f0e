import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ADMIN, addMember, createAccount, newLoggedInPage, type ApiSession } from '../helpers/browser';
import { browserWorld } from '../helpers/browserWorld';

const world = browserWorld();

interface Factor { id: string; statement: string; description: string; confidence: string; reviewStatus: string; version: number }

let worlds = 0;

/** An investigation led by the administrator, with an investigator, a panel member and one factor. */
async function reviewWorld() {
  const n = ++worlds;
  const { lead } = world;
  const inv = await lead.request<{ id: string }>('POST', '/api/investigations', { reference: `LR-REVIEW-${n}`, title: 'Learning review: Child C' });
  const investigator = await createAccount(world.server, { email: `sam.investigator${n}@example.test`, name: 'Sam Investigator' });
  const panel = await createAccount(world.server, { email: `pat.panel${n}@example.test`, name: 'Pat Panel' });
  await addMember(lead, inv.id, investigator.email, 'investigator');
  await addMember(lead, inv.id, panel.email, 'panel');
  const factor = await lead.request<Factor>('POST', `/api/investigations/${inv.id}/factors`, {
    level: 'organisational', category: 'workload', statement: 'Caseloads were above the agency limit', confidence: 'likely',
  });
  return { lead, investigationId: inv.id, investigator, panel, factor };
}

async function openFactorForm(page: Page, investigationId: string, factorId: string) {
  await page.goto(`/investigations/${investigationId}/analysis?factor=${factorId}`);
  const panel = page.getByRole('complementary', { name: 'Selected item' });
  await panel.getByRole('button', { name: 'Change', exact: true }).click();
  const form = page.getByRole('form', { name: 'Change the factor' });
  await form.waitFor();
  return form;
}

/** A logged-in page whose waits fail with the locator's name well before the test's own time limit. */
async function pageFor(email: string, password: string): Promise<Page> {
  const page = await newLoggedInPage(world.browser, world.server, email, password);
  page.setDefaultTimeout(20_000);
  return page;
}

function readFactor(api: ApiSession, investigationId: string, id: string) {
  return api.request<Factor>('GET', `/api/investigations/${investigationId}/factors/${id}`);
}

describe('the review workflow in the browser', () => {
  it('shows the second of two editors the merge screen, and saves the fields they chose from each version', async () => {
    const w = await reviewWorld();
    const first = await pageFor(ADMIN.email, ADMIN.password);
    const second = await pageFor(w.investigator.email, w.investigator.password);
    const firstForm = await openFactorForm(first, w.investigationId, w.factor.id);
    const secondForm = await openFactorForm(second, w.investigationId, w.factor.id);

    await firstForm.getByLabel('Statement').fill('Caseloads in the assessment team were above the agency limit');
    await firstForm.getByLabel('Confidence').selectOption('very_likely');
    await firstForm.getByRole('button', { name: 'Save the factor' }).click();
    await expect.poll(async () => (await readFactor(w.lead, w.investigationId, w.factor.id)).version).toBe(w.factor.version + 1);

    await secondForm.getByLabel('Statement').fill('Caseloads were 40% above the agency limit');
    await secondForm.getByLabel('Description (optional)').fill('The team carried 28 cases each against a limit of 20.');
    await secondForm.getByRole('button', { name: 'Save the factor' }).click();

    const merge = second.getByRole('region', { name: 'Someone else changed this factor while you were editing it' });
    await merge.waitFor();
    await expect.poll(() => merge.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect(secondForm.isHidden()).resolves.toBe(true);
    const differing = await merge.locator('[data-merge-field]').evaluateAll((els) => els.map((el) => el.getAttribute('data-merge-field')));
    expect(differing).toEqual(['statement', 'description', 'confidence']);
    const confidence = merge.getByRole('group', { name: /^Confidence/ });
    await expect(confidence.textContent()).resolves.toContain('Very likely');
    await expect(merge.getByRole('group', { name: /^Statement/ }).getByRole('radio', { name: 'Keep yours' }).isChecked()).resolves.toBe(true);

    await confidence.getByRole('radio', { name: 'Take theirs' }).check();
    await expect(merge.getByRole('status').textContent()).resolves.toBe('The merged version keeps 2 of your values and takes 1 of theirs.');
    await merge.getByRole('button', { name: 'Save the merged version' }).click();

    await expect.poll(async () => (await readFactor(w.lead, w.investigationId, w.factor.id)).version).toBe(w.factor.version + 2);
    const saved = await readFactor(w.lead, w.investigationId, w.factor.id);
    expect(saved).toMatchObject({
      statement: 'Caseloads were 40% above the agency limit',
      description: 'The team carried 28 cases each against a limit of 20.',
      confidence: 'very_likely',
    });
    await second.getByRole('complementary', { name: 'Selected item' }).getByRole('heading', { name: 'Caseloads were 40% above the agency limit' }).waitFor();
    await expect(merge.count()).resolves.toBe(0);
    await first.context().close();
    await second.context().close();
  }, 90_000);

  it('offers the merge screen after a conflicting edit of the investigation details, and keeps their version when asked', async () => {
    const w = await reviewWorld();
    const page = await pageFor(ADMIN.email, ADMIN.password);
    await page.goto(`/investigations/${w.investigationId}/overview`);
    const details = page.getByRole('form', { name: 'Investigation details' });
    await details.waitFor();
    const inv = await w.lead.request<{ version: number }>('GET', `/api/investigations/${w.investigationId}`);
    await w.lead.request('PATCH', `/api/investigations/${w.investigationId}`, { version: inv.version, title: 'Learning review: Child C (2024)' });

    await details.getByLabel('Title', { exact: true }).fill('My title for Child C');
    await details.getByRole('button', { name: 'Save details' }).click();
    const merge = page.getByRole('region', { name: 'Someone else changed this investigation while you were editing it' });
    await merge.waitFor();
    await expect.poll(() => merge.evaluate((el) => el === document.activeElement)).toBe(true);
    const title = merge.getByRole('group', { name: /^Title/ });
    await expect(title.textContent()).resolves.toContain('My title for Child C');
    await expect(title.textContent()).resolves.toContain('Learning review: Child C (2024)');
    await expect(merge.locator('[data-merge-field]').count()).resolves.toBe(1);

    await merge.getByRole('button', { name: 'Take all of theirs' }).click();
    await expect(title.getByRole('radio', { name: 'Take theirs' }).isChecked()).resolves.toBe(true);
    await merge.getByRole('button', { name: 'Save the merged version' }).click();
    await page.getByText('Their version of the details is kept; nothing else needed saving.').waitFor();
    await expect(details.getByLabel('Title', { exact: true }).inputValue()).resolves.toBe('Learning review: Child C (2024)');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Learning review: Child C (2024)');
    await expect((await w.lead.request<{ version: number }>('GET', `/api/investigations/${w.investigationId}`)).version).toBe(inv.version + 1);
    await page.context().close();
  }, 90_000);

  it("shows the investigator a panel member's dispute, with its reason and the panel member's role, without reloading", async () => {
    const w = await reviewWorld();
    const investigator = await pageFor(w.investigator.email, w.investigator.password);
    await investigator.goto(`/investigations/${w.investigationId}/review`);
    const row = investigator.getByRole('table', { name: /Factors and findings/ }).getByRole('row', { name: new RegExp(w.factor.statement) });
    await expect(row.locator('[data-review-status]').textContent()).resolves.toBe('Proposed');

    const panel = await pageFor(w.panel.email, w.panel.password);
    await panel.goto(`/investigations/${w.investigationId}/review`);
    await panel.getByRole('button', { name: w.factor.statement }).click();
    const decide = panel.getByRole('form', { name: 'Record a review decision on this factor' });
    await decide.getByRole('button', { name: 'Record the decision' }).click();
    await expect(decide.locator('.govuk-error-summary').textContent()).resolves.toContain('Choose accept, dispute or reject');
    await decide.getByRole('radio', { name: 'Dispute' }).check();
    const reason = 'The only evidence is one supervision record; were caseloads measured across the team?';
    await decide.getByLabel('Reason').fill(reason);
    await decide.getByRole('button', { name: 'Record the decision' }).click();
    await panel.locator('[data-review-item] .sl-review__status [data-review-status="disputed"]').waitFor();

    await expect.poll(() => row.locator('[data-review-status]').textContent(), { timeout: 15_000 }).toBe('Disputed');
    await investigator.locator('[data-change-notice="review_decision"]').waitFor();
    await expect(investigator.locator('[data-change-notice="review_decision"]').textContent()).resolves.toContain('Updated by Pat Panel');
    await row.getByRole('button', { name: w.factor.statement }).click();
    const decision = investigator.locator('[data-review-item] [data-decision]');
    await decision.waitFor();
    await expect(decision.textContent()).resolves.toContain(reason);
    await expect(decision.textContent()).resolves.toContain('Pat Panel (Panel member)');
    await expect(investigator.getByRole('form', { name: 'Record a review decision on this factor' }).count()).resolves.toBe(0);

    await investigator.goto(`/investigations/${w.investigationId}/analysis?factor=${w.factor.id}`);
    const side = investigator.getByRole('complementary', { name: 'Selected item' });
    await side.locator('.sl-review__status [data-review-status="disputed"]').waitFor();
    await expect(side.locator('[data-decision]').textContent()).resolves.toContain(reason);
    await investigator.context().close();
    await panel.context().close();
  }, 90_000);
});
