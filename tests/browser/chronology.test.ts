import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ChronologyEvent } from '../../schema/contracts/chronology';
import { ADMIN, addMember, createAccount, newLoggedInPage } from '../helpers/browser';
import { browserWorld } from '../helpers/browserWorld';

const w = browserWorld();

/** A new investigation with two agencies, as its lead investigator (the administrator). */
async function investigationWithAgencies(reference: string) {
  const inv = await w.lead.request<{ id: string }>('POST', '/api/investigations', { reference, title: `Review ${reference}`, status: 'evidence' });
  const police = await w.lead.request<{ id: string }>('POST', `/api/investigations/${inv.id}/agencies`, { name: 'Northbridge Police', kind: 'police' });
  const health = await w.lead.request<{ id: string }>('POST', `/api/investigations/${inv.id}/agencies`, { name: 'Health visiting', kind: 'health' });
  return { id: inv.id, police: police.id, health: health.id };
}

/** Imports a file through the import screen: agency, file, check, then import; returns the success message. */
async function importThroughScreen(page: Page, agency: string, fileName: string, content: string): Promise<string> {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByLabel('Agency the chronology came from').selectOption({ label: agency });
  await page.getByLabel('File').setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await page.locator('[data-preview-heading]').waitFor();
  await page.getByRole('button', { name: /^Import \d+ entr/ }).click();
  const banner = page.locator('.govuk-notification-banner');
  await banner.waitFor();
  return (await banner.textContent()) ?? '';
}

const brushWidth = (page: Page) => page.locator('.timeline__brush .selection').evaluate((el) => Number(el.getAttribute('width')));

describe('the chronology tab', () => {
  it('imports agency spreadsheets through the import screen, shows each entry in its agency lane, zooms, and opens an entry', async () => {
    const inv = await investigationWithAgencies('CHRON-UI-1');
    const page = await newLoggedInPage(w.browser, w.server, ADMIN.email, ADMIN.password);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`/investigations/${inv.id}/chronology`);
    await page.getByText('No entries yet.').waitFor();

    const police = 'Date,Time,Details,Officer,Source\n' +
      '14/03/2023,10:30,Officers attend the flat after a call from a neighbour,PC1,Incident log 77\n' +
      'March 2023,,Police notes record earlier calls to the address,PC1,Incident log\n' +
      '02/05/2023,,Strategy discussion with social care,PC2,Minutes\n';
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByLabel('Agency the chronology came from').selectOption({ label: 'Northbridge Police' });
    await page.getByLabel('File').setInputFiles({ name: 'police.csv', mimeType: 'text/csv', buffer: Buffer.from(police, 'utf8') });
    await page.getByRole('button', { name: 'Check the file' }).click();
    const row = page.locator('[data-import-row="3"]');
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('March 2023known to the month');
    await page.getByRole('button', { name: 'Import 3 entries' }).click();
    await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain('Imported 3 entries from police.csv');

    const health = 'Date;Entry;Worker\n20/03/2023;Health visitor home visit, child seen;HV1\n?10/04/2023;Missed appointment at clinic;HV1\n';
    await expect(importThroughScreen(page, 'Health visiting', 'health.csv', health)).resolves.toContain('Imported 2 entries from health.csv');

    await page.getByRole('button', { name: 'See them on the timeline' }).click();
    const chart = page.locator('.timeline');
    await chart.waitFor();
    const laneLabels = page.locator('.timeline__lane-label').evaluateAll((els) => els.map((el) => [...el.querySelectorAll('tspan')].map((t) => t.textContent).join(' ')));
    await expect(laneLabels).resolves.toEqual(['Health visiting', 'Northbridge Police']);
    const events = await w.lead.request<ChronologyEvent[]>('GET', `/api/investigations/${inv.id}/events`);
    expect(events).toHaveLength(5);
    for (const e of events) {
      await expect(page.locator(`path.timeline__glyph[data-id="${e.id}"]`).getAttribute('data-lane')).resolves.toBe(e.agencyId);
    }
    const month = events.find((e) => e.display === 'March 2023')!;
    const bar = await page.locator(`path.timeline__bar[data-id="${month.id}"]`).boundingBox();
    const day = await page.locator(`path.timeline__glyph[data-id="${events.find((e) => e.display === '14 Mar 2023 10:30')!.id}"]`).boundingBox();
    expect(bar!.width).toBeGreaterThan(day!.width * 3);

    const before = await brushWidth(page);
    await chart.focus();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await expect.poll(() => brushWidth(page)).toBeLessThan(before / 2);
    const afterKeys = await brushWidth(page);
    const plot = (await page.locator('.timeline__overlay').boundingBox())!;
    await page.mouse.move(plot.x + plot.width / 2, plot.y + plot.height / 2);
    await page.mouse.wheel(0, -400);
    await expect.poll(() => brushWidth(page)).toBeLessThan(afterKeys);
    await chart.focus();
    await page.keyboard.press('0');
    await expect.poll(() => brushWidth(page)).toBeCloseTo(before, 0);

    const mark = (await page.locator(`path.timeline__glyph[data-id="${month.id}"]`).boundingBox())!;
    await page.mouse.click(mark.x + mark.width / 2, mark.y + mark.height / 2);
    const detail = page.locator(`[data-event-detail="${month.id}"]`);
    await detail.waitFor();
    await expect(detail.textContent()).resolves.toContain('Police notes record earlier calls to the address');
    await expect(detail.locator('h3').textContent()).resolves.toBe('March 2023 · Northbridge Police');
    await expect(detail.textContent()).resolves.toContain('known to the month');
    expect(new URL(page.url()).searchParams.get('event')).toBe(month.id);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('imports a file whose column names sit below a title row once the header row is corrected on the import screen', async () => {
    const inv = await investigationWithAgencies('CHRON-UI-HEADER');
    const page = await newLoggedInPage(w.browser, w.server, ADMIN.email, ADMIN.password);
    await page.goto(`/investigations/${inv.id}/chronology`);
    await page.getByText('No entries yet.').waitFor();
    const csv = 'Northbridge Police — chronology export,\nWhen it happened,What was done\n14/03/2023,Officers attend the flat\n';
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByLabel('Agency the chronology came from').selectOption({ label: 'Northbridge Police' });
    await page.getByLabel('File').setInputFiles({ name: 'titled.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.locator('[data-import-errors]').waitFor();
    const header = page.getByLabel('The column names are on row');
    await expect(header.inputValue()).resolves.toBe('1');
    await header.fill('2');
    await page.getByRole('button', { name: 'Check again with these columns' }).click();
    await page.locator('select[name="mapping.date"] option', { hasText: 'When it happened' }).waitFor({ state: 'attached' });
    await page.locator('select[name="mapping.date"]').selectOption('When it happened');
    await page.locator('select[name="mapping.description"]').selectOption('What was done');
    await page.getByRole('button', { name: 'Check again with these columns' }).click();
    await page.locator('[data-import-row="3"]').waitFor();
    await expect(page.locator('[data-import-notes]').textContent()).resolves.toContain('Row 1 is above the header row (row 2) and was passed over');
    await page.getByRole('button', { name: 'Import 1 entry' }).click();
    await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain('Imported 1 entry from titled.csv');
    const events = await w.lead.request<ChronologyEvent[]>('GET', `/api/investigations/${inv.id}/events`);
    expect(events.map((e) => [e.occurred, e.description])).toEqual([['2023-03-14', 'Officers attend the flat']]);
  });

  it('shows observers the timeline read-only, with people and names in entries by pseudonym', async () => {
    const inv = await investigationWithAgencies('CHRON-UI-2');
    const child = await w.lead.request<{ id: string }>('POST', `/api/investigations/${inv.id}/people`, {
      kind: 'child', realName: 'Amelia Brightwater', pseudonym: 'Child A', relationship: 'Subject child',
    });
    const entry = await w.lead.request<ChronologyEvent>('POST', `/api/investigations/${inv.id}/events`, {
      occurred: '2023-03~', kind: 'non_event', agencyId: inv.health, subjectIds: [child.id],
      description: 'Planned visit to Amelia Brightwater did not take place',
    });
    const observer = await createAccount(w.server, { email: 'observer.chronology@example.test', name: 'Observer' });
    await addMember(w.lead, inv.id, observer.email, 'observer');

    const page = await newLoggedInPage(w.browser, w.server, observer.email, observer.password);
    await page.goto(`/investigations/${inv.id}/chronology?event=${entry.id}`);
    const detail = page.locator(`[data-event-detail="${entry.id}"]`);
    await detail.waitFor();
    const text = (await page.locator('#workspace-tab').textContent()) ?? '';
    expect(text).toContain('Child A');
    expect(text).toContain('c. March 2023');
    expect(text).not.toContain('Amelia');
    expect(text).not.toContain('Brightwater');
    await expect(page.getByRole('button', { name: 'Add an entry' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Import', exact: true }).count()).resolves.toBe(0);
    await expect(detail.getByRole('button', { name: 'Change this entry' }).count()).resolves.toBe(0);
    await expect(page.locator(`path.timeline__glyph.timeline__glyph--non_event[data-id="${entry.id}"]`).count()).resolves.toBe(1);
    await page.context().close();
  });
  it('adds an entry through the form with errors by each field, merges a stale edit keeping mine or taking theirs, and deletes the entry', async () => {
    const inv = await investigationWithAgencies('CHRON-UI-3');
    const page = await newLoggedInPage(w.browser, w.server, ADMIN.email, ADMIN.password);
    page.setDefaultTimeout(10_000);
    await page.goto(`/investigations/${inv.id}/chronology`);
    await page.getByRole('button', { name: 'Add an entry' }).click();
    const form = page.getByRole('form', { name: 'Add an entry' });
    await form.getByLabel('Date', { exact: true }).fill('14/03/2023');
    await form.getByRole('button', { name: 'Add the entry' }).click();
    const summary = form.locator('.govuk-error-summary');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toMatch(/Date/);
    await expect(summary.textContent()).resolves.toMatch(/What happened/);
    await expect(form.locator('[data-field="occurred"] .govuk-error-message').count()).resolves.toBe(1);

    await form.getByLabel('Date', { exact: true }).fill('2023-03?');
    await expect(form.locator('.sl-chronology__date-echo').textContent()).resolves.toBe('Understood as: March 2023 (uncertain)');
    await form.getByLabel('Agency', { exact: true }).selectOption({ label: 'Health visiting' });
    await form.getByLabel('What happened', { exact: true }).fill('Health visitor records a planned contact that did not take place');
    await form.getByLabel('Kind', { exact: true }).selectOption('non_event');
    await form.getByText('Add a source that is not listed').click();
    await form.getByLabel('Title of the source').fill('Health visiting record');
    await form.getByRole('button', { name: 'Add the source' }).click();
    await expect.poll(() => form.getByLabel('Health visiting record').isChecked()).toBe(true);
    await form.getByRole('button', { name: 'Add the entry' }).click();
    const added = page.locator('[data-event-detail]');
    await added.waitFor();
    await expect(added.locator('h3').textContent()).resolves.toBe('March 2023 (uncertain) · Health visiting');
    await expect(added.textContent()).resolves.toContain('Health visiting record');

    const [entry] = await w.lead.request<ChronologyEvent[]>('GET', `/api/investigations/${inv.id}/events`);
    const entryUrl = `/api/investigations/${inv.id}/events/${entry!.id}`;
    await added.getByRole('button', { name: 'Change this entry' }).click();
    const edit = page.getByRole('form', { name: /^Change the entry of/ });
    await w.lead.request('PATCH', entryUrl, { version: entry!.version, description: 'Planned contact did not take place (corrected)', childSeen: false });
    await edit.getByLabel('What happened', { exact: true }).fill('My version of what happened');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    const merge = page.getByRole('region', { name: 'Someone else changed this entry while you were editing it' });
    await merge.waitFor();
    await expect.poll(() => merge.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect(merge.locator('[data-merge-field]').evaluateAll((els) => els.map((el) => el.getAttribute('data-merge-field')))).resolves.toEqual(['description']);
    const described = merge.getByRole('group', { name: /^What happened/ });
    await expect(described.textContent()).resolves.toContain('Planned contact did not take place (corrected)');
    await expect(described.getByRole('radio', { name: 'Keep yours' }).isChecked()).resolves.toBe(true);
    await merge.getByRole('button', { name: 'Save the merged version' }).click();
    const merged = page.locator('[data-event-detail]');
    await merged.waitFor();
    await expect(merged.textContent()).resolves.toContain('My version of what happened');
    await expect(w.lead.request<ChronologyEvent>('GET', entryUrl)).resolves.toMatchObject({ description: 'My version of what happened', childSeen: false, version: 3 });

    await merged.getByRole('button', { name: 'Change this entry' }).click();
    await w.lead.request('PATCH', entryUrl, { version: 3, description: 'Their third version' });
    await page.getByRole('form', { name: /^Change the entry of/ }).getByLabel('What happened', { exact: true }).fill('My fourth version');
    await page.getByRole('form', { name: /^Change the entry of/ }).getByRole('button', { name: 'Save changes' }).click();
    await merge.waitFor();
    await merge.getByRole('button', { name: 'Take all of theirs' }).click();
    await merge.getByRole('button', { name: 'Save the merged version' }).click();
    await expect.poll(() => page.locator('.sl-status').first().textContent()).toBe('Their version of the entry is kept.');
    await expect(page.locator('[data-event-detail]').textContent()).resolves.toContain('Their third version');
    await expect(w.lead.request<ChronologyEvent>('GET', entryUrl)).resolves.toMatchObject({ description: 'Their third version', version: 4 });

    await page.locator('[data-event-detail]').getByRole('button', { name: 'Delete this entry' }).click();
    await page.getByRole('button', { name: 'Delete the entry' }).click();
    await page.getByText('No entries yet.').waitFor();
    await expect(w.lead.request<ChronologyEvent[]>('GET', `/api/investigations/${inv.id}/events`)).resolves.toEqual([]);
    await page.context().close();
  });
});
