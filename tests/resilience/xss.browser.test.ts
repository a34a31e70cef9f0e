import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ADMIN, newLoggedInPage } from '../helpers/browser';
import { browserWorld } from '../helpers/browserWorld';
import { publicationBody } from '../helpers/publicationWorld';

/** Markup that would run script if any view put stored text into the DOM as HTML. Each sets window.__pwned or opens a dialog. */
const payload = (where: string) =>
  `${where} <img src=x onerror="window.__pwned='${where} img'"><script>window.__pwned='${where} script'</script>` +
  `<svg onload="window.__pwned='${where} svg'"></svg><img src=y onerror=alert(1)><a href="javascript:window.__pwned=1">link</a>`;

/** The same idea within short fields (names, titles). */
const short = (where: string) => `${where} <img src=x onerror="window.__pwned=1"><script>alert(2)</script>`;

const w = browserWorld();
let id: string;
let slug: string;

beforeAll(async () => {
  const inv = await w.lead.request<{ id: string }>('POST', '/api/investigations', { reference: 'XSS-1', title: short('Title'), status: 'analysis', summary: payload('Summary') });
  id = inv.id;
  const base = `/api/investigations/${id}`;
  const agency = await w.lead.request<{ id: string }>('POST', `${base}/agencies`, { name: short('Agency'), kind: 'police' });
  const first = await w.lead.request<{ id: string }>('POST', `${base}/events`, { occurred: '2023-03-14', kind: 'event', description: payload('Entry'), agencyId: agency.id });
  await w.lead.request('POST', `${base}/events`, { occurred: '2023-04~', kind: 'non_event', description: payload('Second entry'), agencyId: agency.id });
  const factor = await w.lead.request<{ id: string }>('POST', `${base}/factors`, {
    level: 'organisational', category: 'workload', statement: payload('Factor'), description: payload('Factor description'), eventIds: [first.id],
  });
  await w.lead.request('POST', `${base}/factor-links`, { fromFactorId: factor.id, toKind: 'outcome', rationale: payload('Link') });
  const finding = await w.lead.request<{ id: string }>('POST', `${base}/findings`, { type: 'contributing_factor', statement: payload('Finding'), factorIds: [factor.id] });
  await w.lead.request('POST', `${base}/recommendations`, { findingIds: [finding.id], addresseeName: short('Addressee'), text: payload('Recommendation') });
  await w.lead.request('POST', `${base}/comments`, { targetKind: 'factor', targetId: factor.id, body: payload('Comment') });
  const snapshot = await w.lead.request<{ id: string }>('POST', `${base}/snapshots`, { label: short('Snapshot') });
  await w.lead.request('POST', `${base}/snapshots/${snapshot.id}/sign-off`, { note: payload('Sign-off') });
  slug = (await w.lead.request<{ slug: string }>('POST', `${base}/publication`, publicationBody(snapshot.id))).slug;
});

/** Opens a page of the workspace, waits for the stored text to be drawn, and reports what ran. */
async function visit(page: Page, path: string, shown: string) {
  const dialogs: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await page.goto(path);
  if (shown.startsWith('svg:')) {
    // Chart labels are SVG text, wrapped over lines: wait for the chart, then find the markup in its text.
    await page.locator(shown.slice(4)).first().waitFor({ timeout: 15_000 });
    const chartText = await page.locator(shown.slice(4)).first().evaluate((el) => el.closest('svg')?.textContent ?? '');
    expect(chartText).toContain('<img');
  } else {
    await page.getByText(shown, { exact: false }).first().waitFor({ timeout: 15_000 });
  }
  await page.waitForTimeout(300);
  const found = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    injected: document.querySelectorAll('img[src="x"], img[src="y"], main script, svg[onload], [onerror], a[href^="javascript:"]').length,
  }));
  return { ...found, dialogs };
}

describe('stored text containing markup', () => {
  const pages: [string, (id: string) => string, string][] = [
    ['the overview', (i) => `/investigations/${i}/overview`, 'Title <img src=x'],
    ['the chronology timeline', (i) => `/investigations/${i}/chronology?view=timeline`, 'svg:.timeline__lane-label'],
    ['the chronology table', (i) => `/investigations/${i}/chronology?view=table`, 'Entry <img src=x'],
    ['the causal view (AcciMap)', (i) => `/investigations/${i}/analysis`, 'Factor <img src=x'],
    ['the findings and recommendations', (i) => `/investigations/${i}/findings`, 'Finding <img src=x'],
    ['the review and its comments', (i) => `/investigations/${i}/review`, 'Factor <img src=x'],
    ['the public library', () => '/library', 'Summary <img src=x'],
    ['a published review in the library', () => `/library/${slug}`, 'Finding <img src=x'],
  ];
  for (const [name, path, shown] of pages) {
    it(`is shown as text and never runs in ${name}`, async () => {
      const page = await newLoggedInPage(w.browser, w.server, ADMIN.email, ADMIN.password);
      try {
        const result = await visit(page, path(id), shown);
        expect(result).toEqual({ pwned: null, injected: 0, dialogs: [] });
      } finally {
        await page.context().close();
      }
    }, 60_000);
  }
});
