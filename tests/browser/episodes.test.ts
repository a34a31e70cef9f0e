import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ChronologyEvent, Episode } from '../../schema/contracts/chronology';
import { ADMIN, addMember, createAccount, newLoggedInPage } from '../helpers/browser';
import { browserWorld } from '../helpers/browserWorld';

const w = browserWorld();

/** A new investigation (the administrator leads it) with two agencies and three entries: March, April and June 2023. */
async function investigationWithEntries(reference: string) {
  const inv = await w.lead.request<{ id: string }>('POST', '/api/investigations', { reference, title: `Review ${reference}`, status: 'analysis' });
  const base = `/api/investigations/${inv.id}`;
  const police = await w.lead.request<{ id: string }>('POST', `${base}/agencies`, { name: 'Northbridge Police', kind: 'police' });
  const health = await w.lead.request<{ id: string }>('POST', `${base}/agencies`, { name: 'Health visiting', kind: 'health' });
  const entry = (occurred: string, agencyId: string, description: string) =>
    w.lead.request<ChronologyEvent>('POST', `${base}/events`, { occurred, kind: 'event', agencyId, description });
  const march = await entry('2023-03-14', police.id, 'Officers attend the flat after a call from a neighbour');
  const april = await entry('2023-04~', health.id, 'Health visitor home visit, child seen');
  const june = await entry('2023-06-02', police.id, 'Strategy discussion with social care');
  return { id: inv.id, base, march, april, june };
}

/** A logged-in page for a new account holding the role in the investigation. */
async function pageAs(role: 'investigator' | 'panel', investigationId: string, name: string): Promise<Page> {
  const account = await createAccount(w.server, { email: `${name}@example.test`, name });
  await addMember(w.lead, investigationId, account.email, role);
  const page = await newLoggedInPage(w.browser, w.server, account.email, account.password);
  page.setDefaultTimeout(10_000);
  return page;
}

const episodes = (base: string) => w.lead.request<Episode[]>('GET', `${base}/episodes`);
const entries = (base: string) => w.lead.request<ChronologyEvent[]>('GET', `${base}/events`);

describe('key practice episodes in the chronology tab', () => {
  it('an investigator creates an episode with errors shown by each field, assigns two entries and sees them grouped on the timeline', async () => {
    const inv = await investigationWithEntries('EPI-UI-1');
    const page = await pageAs('investigator', inv.id, 'investigator.episodes');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`/investigations/${inv.id}/chronology?view=episodes`);
    await page.getByText('No key practice episodes yet. Add one, then choose its entries.').waitFor();

    await page.getByRole('button', { name: 'Add an episode' }).click();
    const form = page.getByRole('form', { name: 'Add a key practice episode' });
    await form.getByLabel('Start of the period').fill('spring 2023');
    await form.getByRole('button', { name: 'Add the episode' }).click();
    const summary = form.locator('.govuk-error-summary');
    await summary.waitFor();
    await expect(summary.locator('li').allTextContents()).resolves.toEqual([
      'Enter a title for the episode',
      'Start of the period must be a date such as 2019, 2019-03, 2019-03-14 or 2019-03~ (approximate)',
    ]);
    await expect(form.locator('[data-field="title"] .govuk-error-message').textContent()).resolves.toBe('Error: Enter a title for the episode');
    await expect(form.locator('[data-field="periodStart"] .govuk-error-message').count()).resolves.toBe(1);

    await form.getByLabel('Title').fill('Referral and first visits');
    await form.getByLabel('Start of the period').fill('2023-03');
    await form.getByLabel('End of the period').fill('2023-04');
    await expect(form.locator('[data-field="periodEnd"] .sl-chronology__date-echo').textContent()).resolves.toBe('Understood as: April 2023');
    await form.getByLabel('Summary').fill('A neighbour calls the police; the health visitor visits.');
    await form.getByRole('button', { name: 'Add the episode' }).click();

    const picker = page.getByRole('form', { name: 'Entries in “Referral and first visits”' });
    await picker.waitFor();
    await expect(page.locator('.sl-status').first().textContent()).resolves.toBe('Episode “Referral and first visits” added. Choose its entries.');
    await expect(picker.locator('[data-entry]').count()).resolves.toBe(2);
    await picker.getByLabel("Only entries in the episode's period (Mar–Apr 2023), and those ticked").uncheck();
    await expect(picker.locator('[data-entry]').count()).resolves.toBe(3);
    await picker.getByLabel("Only entries in the episode's period (Mar–Apr 2023), and those ticked").check();
    await picker.getByRole('button', { name: 'Tick every entry shown', exact: true }).click();
    await expect(picker.getByRole('status').textContent()).resolves.toBe('2 entries ticked: 2 to add, 0 to take out.');
    await picker.getByRole('button', { name: 'Save the entries' }).click();

    const card = page.locator('[data-episode]');
    await card.waitFor();
    await expect(page.locator('.sl-status').first().textContent()).resolves.toBe('“Referral and first visits”: 2 entries added.');
    await expect(card.locator('.govuk-summary-list__row').allInnerTexts()).resolves.toEqual(expect.arrayContaining([
      expect.stringMatching(/^Period\s+Mar–Apr 2023$/), expect.stringMatching(/^Entries\s+2 entries$/),
    ]));
    const [episode] = await episodes(inv.base);
    const byId = new Map((await entries(inv.base)).map((e) => [e.id, e.episodeId]));
    expect([byId.get(inv.march.id), byId.get(inv.april.id), byId.get(inv.june.id)]).toEqual([episode!.id, episode!.id, null]);

    await card.getByRole('button', { name: 'See its entries on the timeline' }).click();
    await page.locator('.timeline').waitFor();
    await expect(page.locator('.timeline__episode-label').first().textContent()).resolves.toMatch(/^Referral/);
    await expect(page.locator('path.timeline__glyph[data-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-id')).sort()))
      .resolves.toEqual([inv.march.id, inv.april.id].sort());
    await expect(page.getByLabel('Episode', { exact: true }).inputValue()).resolves.toBe(episode!.id);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a stale episode edit opens the merge screen and keeping mine saves mine beside their other change', async () => {
    const inv = await investigationWithEntries('EPI-UI-2');
    const created = await w.lead.request<Episode>('POST', `${inv.base}/episodes`, { title: 'Strategy discussion', periodStart: '2023-06' });
    const page = await pageAs('investigator', inv.id, 'investigator.merge');
    await page.goto(`/investigations/${inv.id}/chronology?view=episodes`);
    await page.getByRole('button', { name: 'Change the episode' }).click();
    const form = page.getByRole('form', { name: 'Change the episode “Strategy discussion”' });
    await w.lead.request('PATCH', `${inv.base}/episodes/${created.id}`, { version: 1, title: 'Strategy meeting', summary: 'Police and social care meet.' });
    await form.getByLabel('Title').fill('Strategy discussion, June 2023');
    await form.getByRole('button', { name: 'Save the episode' }).click();

    const merge = page.getByRole('region', { name: 'Someone else changed this episode while you were editing it' });
    await merge.waitFor();
    await expect(merge.locator('[data-merge-field]').evaluateAll((els) => els.map((el) => el.getAttribute('data-merge-field')))).resolves.toEqual(['title']);
    const title = merge.getByRole('group', { name: /^Title/ });
    await expect(title.getByRole('radio', { name: 'Keep yours' }).isChecked()).resolves.toBe(true);
    await expect(title.textContent()).resolves.toContain('Strategy meeting');
    await merge.getByRole('button', { name: 'Save the merged version' }).click();
    await page.locator('[data-episode]').waitFor();
    const [saved] = await episodes(inv.base);
    expect(saved).toMatchObject({ title: 'Strategy discussion, June 2023', summary: 'Police and social care meet.', periodStart: '2023-06', version: 3 });
    await expect(page.locator('[data-episode] h3').textContent()).resolves.toBe('Strategy discussion, June 2023');
    await page.context().close();
  });

  it('deleting an episode says its entries stay, and they do, without the episode', async () => {
    const inv = await investigationWithEntries('EPI-UI-3');
    const created = await w.lead.request<Episode>('POST', `${inv.base}/episodes`, { title: 'Home visits' });
    await w.lead.request('POST', `${inv.base}/episodes/${created.id}/events`, { add: [{ eventId: inv.april.id, version: 1 }, { eventId: inv.june.id, version: 1 }] });
    const page = await newLoggedInPage(w.browser, w.server, ADMIN.email, ADMIN.password);
    await page.goto(`/investigations/${inv.id}/chronology?view=episodes`);
    const card = page.locator(`[data-episode="${created.id}"]`);
    await expect(card.locator('.govuk-summary-list__row').first().innerText()).resolves.toMatch(/^Period\s+Not recorded\s*Its entries run from c\. April 2023 to 2 Jun 2023$/);
    await card.getByRole('button', { name: 'Delete the episode' }).click();
    const confirm = page.getByRole('form', { name: 'Delete the episode “Home visits”?' });
    await expect(confirm.textContent()).resolves.toContain('Its 2 entries stay in the chronology, unchanged; they are no longer grouped in an episode.');
    await confirm.getByRole('button', { name: 'Delete the episode' }).click();
    await page.getByText('No key practice episodes yet.').waitFor();
    await expect(page.locator('.sl-status').first().textContent()).resolves.toBe('Episode “Home visits” deleted; its entries stay in the chronology.');
    const left = await entries(inv.base);
    expect(left.map((e) => [e.id, e.episodeId])).toEqual([[inv.march.id, null], [inv.april.id, null], [inv.june.id, null]]);
    await page.context().close();
  });

  it('adding an entry from the episodes screen opens the entry form beside the table', async () => {
    const inv = await investigationWithEntries('EPI-UI-6');
    const page = await newLoggedInPage(w.browser, w.server, ADMIN.email, ADMIN.password);
    await page.goto(`/investigations/${inv.id}/chronology?view=episodes`);
    await page.getByRole('button', { name: 'Add an entry' }).click();
    await page.getByRole('form', { name: 'Add an entry' }).waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('table');
    await expect(page.locator('[data-event-row]').count()).resolves.toBe(3);
    await page.context().close();
  });

  it('a stale choice of entries is refused, the list reloads with the ticks kept, and saving again takes the entries out', async () => {
    const inv = await investigationWithEntries('EPI-UI-4');
    const created = await w.lead.request<Episode>('POST', `${inv.base}/episodes`, { title: 'Police contacts' });
    await w.lead.request('POST', `${inv.base}/episodes/${created.id}/events`, { add: [{ eventId: inv.march.id, version: 1 }, { eventId: inv.june.id, version: 1 }] });
    const page = await pageAs('investigator', inv.id, 'investigator.stale');
    await page.goto(`/investigations/${inv.id}/chronology?view=episodes`);
    await page.getByRole('button', { name: 'Choose its entries' }).click();
    const picker = page.getByRole('form', { name: 'Entries in “Police contacts”' });
    await picker.getByLabel(/^14 Mar 2023 · Northbridge Police/).uncheck();
    await picker.getByLabel(/^2 Jun 2023 · Northbridge Police/).uncheck();
    await expect(picker.getByRole('status').textContent()).resolves.toBe('0 entries ticked: 0 to add, 2 to take out.');
    await w.lead.request('PATCH', `${inv.base}/events/${inv.june.id}`, { version: 2, description: 'Strategy discussion with social care (minutes added)' });
    await picker.getByRole('button', { name: 'Save the entries' }).click();
    const problem = picker.locator('.govuk-error-summary');
    await problem.waitFor();
    await expect(problem.textContent()).resolves.toContain('Someone else changed the entry of 2 Jun 2023 (Northbridge Police) while you were choosing, so nothing has been saved.');
    await expect(picker.getByText('Strategy discussion with social care (minutes added)').count()).resolves.toBe(1);
    await expect(picker.getByLabel(/^2 Jun 2023 · Northbridge Police/).isChecked()).resolves.toBe(false);
    expect((await entries(inv.base)).filter((e) => e.episodeId === created.id)).toHaveLength(2);

    await picker.getByRole('button', { name: 'Save the entries' }).click();
    await page.locator('[data-episode]').waitFor();
    await expect(page.locator('.sl-status').first().textContent()).resolves.toBe('“Police contacts”: 2 entries taken out.');
    expect((await entries(inv.base)).filter((e) => e.episodeId === created.id)).toEqual([]);
    await page.context().close();
  });

  it('a panel member sees episodes read-only, without edit controls, with names pseudonymised', async () => {
    const inv = await investigationWithEntries('EPI-UI-5');
    await w.lead.request('POST', `${inv.base}/people`, { kind: 'child', realName: 'Amelia Brightwater', pseudonym: 'Child A', relationship: 'Subject child' });
    const created = await w.lead.request<Episode>('POST', `${inv.base}/episodes`, {
      title: 'First concerns', periodStart: '2023-03~', periodEnd: '2023-04', summary: 'Amelia Brightwater is seen at home by the health visitor.',
    });
    await w.lead.request('POST', `${inv.base}/episodes/${created.id}/events`, { add: [{ eventId: inv.april.id, version: 1 }] });
    const page = await pageAs('panel', inv.id, 'panel.episodes');
    await page.goto(`/investigations/${inv.id}/chronology?view=episodes`);
    const card = page.locator(`[data-episode="${created.id}"]`);
    await card.waitFor();
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('Child A is seen at home by the health visitor.');
    expect(text).toContain('c. March 2023 – April 2023');
    expect(text).toContain('1 entry');
    expect(text).not.toContain('Amelia');
    for (const name of ['Add an episode', 'Choose its entries', 'Change the episode', 'Delete the episode']) {
      await expect(page.getByRole('button', { name }).count()).resolves.toBe(0);
    }
    await card.getByRole('button', { name: 'See its entries in the table' }).click();
    await expect(page.locator('[data-event-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event-row')))).resolves.toEqual([inv.april.id]);
    await page.context().close();
  });
});
