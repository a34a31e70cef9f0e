import { describe, expect, it } from 'vitest';
import { ADMIN, addMember, createAccount, newLoggedInPage } from '../helpers/browser';
import { browserWorld } from '../helpers/browserWorld';
import { demoPeople, demoPlaces } from '../../server/demo/demoRegistry';

const w = browserWorld({ demo: true });

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('the built client against the real server', () => {
  it('lets an administrator create an investigation and register a child, who gets the suggested pseudonym "Child A"', async () => {
    const page = await newLoggedInPage(w.browser, w.server, ADMIN.email, ADMIN.password);
    await expect(page.title()).resolves.toBe('Investigations – Sightline');
    await page.getByRole('link', { name: 'Create an investigation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create an investigation' }).waitFor();

    await page.getByRole('button', { name: 'Create investigation' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    await expect(summary.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(summary.textContent()).resolves.toContain('Title must not be empty');

    await page.getByLabel('Reference').fill('LR-2026-07');
    await page.getByLabel('Title').fill('Learning review: Child A');
    await page.getByLabel('Incident date (optional)').fill('2025-11-03');
    await page.getByRole('button', { name: 'Create investigation' }).click();

    await page.getByRole('heading', { level: 1, name: 'Learning review: Child A' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/investigations\/[0-9a-f-]{36}\/overview$/);
    await expect(page.title()).resolves.toBe('Overview – LR-2026-07 – Sightline');
    const current = page.getByRole('navigation', { name: 'Investigation sections' }).locator('[aria-current="page"]');
    await expect(current.textContent()).resolves.toBe('Overview');

    const addPerson = page.getByRole('form', { name: 'Add a person' });
    await addPerson.getByLabel('Kind').selectOption('child');
    await addPerson.getByLabel('Real name').fill('Amelia Brightwater');
    await addPerson.getByLabel('Relationship to the child').fill('Subject child');
    const pseudonym = addPerson.getByLabel('Pseudonym');
    await expect.poll(() => pseudonym.inputValue()).toBe('Child A');
    await addPerson.getByRole('button', { name: 'Add a person' }).click();

    const row = page.getByRole('table', { name: 'People in the identity registry' }).getByRole('row', { name: /Child A/ });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Amelia Brightwater');

    await page.getByRole('link', { name: 'Chronology' }).click();
    await expect.poll(() => current.textContent()).toBe('Chronology');
    await expect(page.title()).resolves.toBe('Chronology – LR-2026-07 – Sightline');
    expect(new URL(page.url()).pathname).toMatch(/\/chronology$/);
    await page.context().close();
  });

  it('shows a panel member the demo registry by pseudonym and never a real name, alias, date of birth or identifier', async () => {
    const panel = await createAccount(w.server, { email: 'panel.member@example.test', name: 'Pat Panel' });
    await addMember(w.lead, w.demoId, panel.email, 'panel');

    const page = await newLoggedInPage(w.browser, w.server, panel.email, panel.password);
    await page.getByRole('link', { name: 'DEMO-2024-01' }).click();
    const registry = page.getByRole('table', { name: 'People in the identity registry' });
    await registry.getByRole('row', { name: /Child A/ }).waitFor();
    await page.getByRole('table', { name: 'Identifying places and their replacements' }).waitFor();

    const text = await page.locator('body').innerText();
    const html = await page.content();
    for (const p of demoPeople.filter((x) => x.pseudonym)) expect(text).toContain(p.pseudonym!);
    const secrets = demoPeople.flatMap((p) => [p.realName, ...(p.aliases ?? []), ...(p.dateOfBirth ? [p.dateOfBirth] : []), ...(p.identifiers ?? []).map((i) => i.value)])
      .concat(demoPlaces.map((p) => p.realName));
    for (const secret of secrets) {
      const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(secret)}($|[^\\p{L}\\p{N}])`, 'iu');
      expect(pattern.test(text), `"${secret}" is visible on the page`).toBe(false);
      expect(pattern.test(html), `"${secret}" is in the page's HTML`).toBe(false);
    }
    await expect(page.getByRole('form', { name: 'Add a person' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /^Change/ }).count()).resolves.toBe(0);
    await page.context().close();
  });
});
