import { describe, expect, it } from 'vitest';
import { ADMIN, newLoggedInPage } from '../helpers/browser';
import { browserWorld } from '../helpers/browserWorld';

const w = browserWorld({ demo: true });

describe('publication and the public library in the built client', () => {
  it('publishes the demo investigation through the publication screen, then finds and opens it in the library without logging in', async () => {
    const id = w.demoId;
    const page = await newLoggedInPage(w.browser, w.server, ADMIN.email, ADMIN.password);
    await page.goto(`/investigations/${id}/reports`);
    await page.getByRole('heading', { level: 3, name: 'Publication' }).waitFor();
    await page.locator('[data-scan-count]').waitFor();

    const dismissable = page.locator('[data-dismiss]');
    while (await dismissable.count() > 0) {
      const before = await dismissable.count();
      const item = dismissable.first();
      await item.locator('summary').click();
      await item.getByRole('textbox').fill('A common word in the text here; it names no one in this case.');
      await item.getByRole('button', { name: 'Dismiss' }).click();
      await expect.poll(() => dismissable.count(), { timeout: 15_000 }).toBeLessThan(before);
    }

    const form = page.getByRole('form', { name: 'Publish to the library' });
    await form.getByRole('button', { name: 'Publish' }).click();
    await form.locator('.govuk-error-summary').waitFor();
    await expect(form.locator('.govuk-error-summary').textContent()).resolves.toContain('harm');

    await form.getByLabel('Publication is judged unlikely to harm surviving siblings').check();
    await form.getByLabel('Note on the harm to siblings').fill('Discussed with the sibling’s social worker; no identifying detail remains.');
    await form.getByLabel('The family was consulted about the pseudonym').check();
    await form.getByLabel('Note on the family’s consultation').fill('The family chose the pseudonym at the start of the review.');
    await form.getByLabel('Dates in the published edition').selectOption('month');
    await form.getByRole('button', { name: 'Publish' }).click();
    const outcome = page.locator('.govuk-notification-banner, [data-leaks]').first();
    await outcome.waitFor({ timeout: 60_000 });
    const leaks = await page.locator('[data-leaks]').textContent().catch(() => null);
    expect(leaks, `publication refused: ${leaks}`).toBeNull();
    await expect(outcome.textContent()).resolves.toContain('Published as version 1');
    const libraryLink = page.getByRole('link', { name: 'Open in the library' });
    const href = (await libraryLink.getAttribute('href'))!;
    const slug = decodeURIComponent(href.replace('/library/', ''));

    const visitor = await (await w.browser.newContext({ baseURL: w.server.url })).newPage();
    await visitor.goto('/library');
    await visitor.getByRole('heading', { level: 1, name: /Learning library/ }).waitFor();
    await expect(visitor.url()).not.toContain('/login');
    await visitor.getByLabel('Search published reviews').fill('caseloads');
    await visitor.getByRole('button', { name: 'Search' }).click();
    await visitor.waitForURL(/\/library\?q=caseloads/);
    const hit = visitor.locator(`.sl-library-entry[data-slug="${slug}"]`);
    await hit.waitFor();
    await expect(hit.locator('mark').first().textContent()).resolves.toMatch(/caseload/i);
    await hit.getByRole('link').click();
    await visitor.waitForURL(`**/library/${slug}`);
    await visitor.getByRole('heading', { level: 2, name: '6 Safety recommendations' }).waitFor();
    const text = await visitor.locator('main').textContent();
    for (const name of ['Thornbury', 'Kayleigh', 'Priya Natarajan', 'Little Acorns']) expect(text, name).not.toContain(name);
    await expect(visitor.getByRole('link', { name: 'Download the report (PDF)' }).getAttribute('href')).resolves.toBe(`/api/library/${slug}/report.pdf`);
    await visitor.goto('/library');
    await visitor.getByRole('heading', { level: 2, name: 'Themes across reviews' }).waitFor();
  }, 240_000);
});
