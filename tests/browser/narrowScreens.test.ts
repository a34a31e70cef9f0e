import { describe, expect, it } from 'vitest';
import { browserWorld } from '../helpers/browserWorld';
import { ADMIN, newLoggedInPage } from '../helpers/browser';

const w = browserWorld({ demo: true });

/** Each main page with what shows it has drawn its content (its widest part, where it has one). */
const pages = (id: string): [string, string][] => [
  ['/investigations', '.sl-table-scroll table'],
  ['/library', 'main h1'],
  ['/register', 'main h1'],
  [`/investigations/${id}`, '.sl-table-scroll table'],
  [`/investigations/${id}/chronology`, '.timeline'],
  [`/investigations/${id}/chronology?view=table`, '.sl-chronology__entries'],
  [`/investigations/${id}/chronology?view=episodes`, '.sl-episodes'],
  [`/investigations/${id}/chronology?view=import`, 'main form'],
  [`/investigations/${id}/analysis`, '.sl-analysis__workbench'],
  [`/investigations/${id}/findings`, '.sl-recommendations'],
  [`/investigations/${id}/reports`, '.sl-report-section'],
  [`/investigations/${id}/review`, '.sl-table-scroll table'],
  [`/investigations/${id}/audit`, 'main h1'],
];

describe('a 390-pixel-wide screen (a phone held upright)', () => {
  it('shows every main page without widening it: wide tables scroll sideways in their own box', async () => {
    const page = await newLoggedInPage(w.browser, w.server, ADMIN.email, ADMIN.password);
    await page.setViewportSize({ width: 390, height: 844 });
    const wider: string[] = [];
    for (const [path, drawn] of pages(w.demoId)) {
      await page.goto(path);
      await page.locator(drawn).first().waitFor();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) wider.push(`${path.replace(w.demoId, ':id')} is ${width} px wide`);
    }
    expect(wider).toEqual([]);
    // The chronology's table is wider than the screen, so it really is scrolled in its box.
    await page.goto(`/investigations/${w.demoId}/chronology?view=table`);
    const box = page.locator('.sl-table-scroll').first();
    await box.waitFor();
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  }, 120_000);
});
