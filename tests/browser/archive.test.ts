import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ChronologyEvent } from '../../schema/contracts/chronology';
import { ADMIN, addMember, apiLogin, createAccount, newLoggedInPage, startServer, type RunningServer } from '../helpers/browser';
import { browserWorld } from '../helpers/browserWorld';

const w = browserWorld({ demo: true });
/** A second installation without the demo, where archives from the first are imported. */
let other: RunningServer;
beforeAll(async () => { other = await startServer({ demo: false }); });
afterAll(async () => { await other?.stop(); });

/** Downloads the demo's archive from its Overview in the chosen format; returns the suggested file name and the bytes. */
async function downloadArchive(page: Page, format: 'Compressed (.json.gz)' | 'Plain JSON (.json)') {
  await page.goto(`/investigations/${w.demoId}/overview`);
  const section = page.locator('#archive');
  await section.getByLabel(format).check();
  const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('link', { name: 'Download the archive' }).click()]);
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

/** Opens the import form on the investigations list and chooses a file (and a new reference when given). */
async function chooseArchive(page: Page, file: { name: string; bytes: Buffer }, reference?: string) {
  await page.goto('/');
  await page.getByText('Import an archive', { exact: true }).click();
  const form = page.locator('[data-archive-import]');
  await form.getByLabel('Archive file').setInputFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.bytes });
  if (reference) await form.getByLabel('New reference (optional)').fill(reference);
  return form;
}

/** Imports the chosen archive and waits for the copy's workspace, failing with the shown problems when it is refused; returns the copy's id. */
async function importAndOpen(page: Page, form: ReturnType<Page['locator']>): Promise<string> {
  await form.getByRole('button', { name: 'Import the archive' }).click();
  const summary = form.locator('.govuk-error-summary');
  await Promise.race([page.waitForURL(/\/investigations\/[^/]+\/overview$/, { timeout: 20_000 }), summary.waitFor({ timeout: 20_000 })]);
  if (await summary.count()) throw new Error(`the import was refused: ${await summary.textContent()}`);
  return decodeURIComponent(new URL(page.url()).pathname.split('/')[2]!);
}

/** The number of entries drawn on an investigation's timeline. */
async function glyphCount(page: Page): Promise<number> {
  await page.locator('.timeline').waitFor();
  return page.locator('path.timeline__glyph').count();
}

describe('the portable archive screens', () => {
  it('lets a lead investigator download the archive compressed by default, or as plain JSON', async () => {
    const page = await newLoggedInPage(w.browser, w.server, ADMIN.email, ADMIN.password);
    await page.goto(`/investigations/${w.demoId}/overview`);
    await expect(page.locator('#archive').textContent()).resolves.toContain('holds real names, dates of birth and identifiers');
    await expect(page.locator('#archive').getByLabel('Compressed (.json.gz)').isChecked()).resolves.toBe(true);

    const packed = await downloadArchive(page, 'Compressed (.json.gz)');
    expect(packed.name).toBe('DEMO-2024-01.sightline-archive.json.gz');
    expect([...packed.bytes.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    const plain = await downloadArchive(page, 'Plain JSON (.json)');
    expect(plain.name).toBe('DEMO-2024-01.sightline-archive.json');
    const archive = JSON.parse(plain.bytes.toString('utf8'));
    expect(archive).toMatchObject({ format: 'sightline-archive', investigation: { id: w.demoId, reference: 'DEMO-2024-01' } });
    expect(JSON.parse(gunzipSync(packed.bytes).toString('utf8')).investigation.events).toHaveLength(archive.investigation.events.length);
    await page.context().close();
  });

  it('imports the downloaded archive into another installation under a new reference and opens the copy with its whole chronology', async () => {
    const source = await newLoggedInPage(w.browser, w.server, ADMIN.email, ADMIN.password);
    const file = await downloadArchive(source, 'Compressed (.json.gz)');
    await source.goto(`/investigations/${w.demoId}/chronology`);
    const demoGlyphs = await glyphCount(source);
    await source.context().close();
    const page = await newLoggedInPage(w.browser, other, ADMIN.email, ADMIN.password);
    const form = await chooseArchive(page, file, 'DEMO-COPY-1');
    const copyId = await importAndOpen(page, form);
    await page.getByRole('table', { name: 'People in the identity registry' }).getByRole('row', { name: /Child A/ }).waitFor();
    await expect(page.locator('main').textContent()).resolves.toContain('DEMO-COPY-1');

    await page.getByRole('link', { name: 'Chronology' }).click();
    const demoEvents = await w.lead.request<ChronologyEvent[]>('GET', `/api/investigations/${w.demoId}/events`);
    const copyEvents = await (await apiLogin(other, ADMIN.email, ADMIN.password)).request<ChronologyEvent[]>('GET', `/api/investigations/${copyId}/events`);
    expect(copyEvents.map((e) => e.display)).toEqual(demoEvents.map((e) => e.display));
    expect(demoGlyphs).toBeGreaterThan(0);
    await expect.poll(() => glyphCount(page)).toBe(demoGlyphs);
    await page.context().close();
  });

  it('asks for another reference when the archive\'s is taken, then lists each issued recommendation identifier already used here (a gzip file named .json)', async () => {
    const page = await newLoggedInPage(w.browser, w.server, ADMIN.email, ADMIN.password);
    const packed = await downloadArchive(page, 'Compressed (.json.gz)');
    const before = await w.lead.request<unknown[]>('GET', '/api/investigations');
    const form = await chooseArchive(page, { name: 'renamed.json', bytes: packed.bytes });
    await form.getByRole('button', { name: 'Import the archive' }).click();
    const reference = form.locator('[data-field="reference"]');
    await reference.locator('.govuk-error-message').waitFor();
    await expect(reference.textContent()).resolves.toContain('An investigation with reference "DEMO-2024-01" already exists here. Enter a new reference');
    await expect(page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary'))).resolves.toBe(true);

    await form.getByLabel('New reference (optional)').fill('DEMO-COPY-2');
    await form.getByRole('button', { name: 'Import the archive' }).click();
    await expect.poll(() => form.locator('.govuk-error-summary li').first().textContent()).toMatch(/^Nothing was imported/);
    await expect(reference.locator('.govuk-error-message').count()).resolves.toBe(0);
    const items = await form.locator('.govuk-error-summary li').allTextContents();
    const issued = items.filter((i) => /^investigation\.recommendations\[\d+\]\.identifier: \d{4}-\d{3} is already used/.test(i));
    expect(issued.length).toBeGreaterThan(1);
    expect(items[0]).toBe(`Nothing was imported. The archive has ${issued.length} problems, each named by its place in the file`);
    await expect(w.lead.request<unknown[]>('GET', '/api/investigations')).resolves.toHaveLength(before.length);
    await page.context().close();
  });

  it('lists each refused place of a broken archive by its path and imports nothing', async () => {
    const page = await newLoggedInPage(w.browser, w.server, ADMIN.email, ADMIN.password);
    const plain = await downloadArchive(page, 'Plain JSON (.json)');
    const archive = JSON.parse(plain.bytes.toString('utf8'));
    archive.investigation.events[0].agencyId = 'no-such-agency';
    archive.investigation.events[1].agencyId = 'another-missing-agency';
    const before = await w.lead.request<unknown[]>('GET', '/api/investigations');
    const form = await chooseArchive(page, { name: 'broken.json', bytes: Buffer.from(JSON.stringify(archive)) }, 'DEMO-BROKEN');
    await form.getByRole('button', { name: 'Import the archive' }).click();
    const summary = form.locator('.govuk-error-summary');
    await summary.waitFor();
    const items = await summary.locator('li').allTextContents();
    expect(items[0]).toBe('Nothing was imported. The archive has 2 problems, each named by its place in the file');
    expect(items.slice(1).join('\n')).toMatch(/investigation\.events\[0\]\.agencyId[: ].*\n.*investigation\.events\[1\]\.agencyId/);
    await expect(w.lead.request<unknown[]>('GET', '/api/investigations')).resolves.toHaveLength(before.length);

    await form.getByLabel('Archive file').setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: plain.bytes.subarray(0, 200) });
    await form.getByRole('button', { name: 'Import the archive' }).click();
    await expect.poll(() => form.locator('[data-field="file"] .govuk-error-message').textContent()).toContain('Archive file: the archive is not valid JSON');
    await page.context().close();
  });

  it('shows a panel member no archive download on the Overview', async () => {
    const panel = await createAccount(w.server, { email: 'archive.panel@example.test', name: 'Pat Panel' });
    await addMember(w.lead, w.demoId, panel.email, 'panel');
    const page = await newLoggedInPage(w.browser, w.server, panel.email, panel.password);
    await page.goto(`/investigations/${w.demoId}/overview`);
    await page.getByRole('heading', { name: 'Identity registry' }).waitFor();
    await expect(page.getByRole('link', { name: 'Download the archive' }).count()).resolves.toBe(0);
    await expect(page.locator('#archive').count()).resolves.toBe(0);
    await page.context().close();
  });
});
