// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { resolveConflict, retryAfterConflict } from '../../../client/src/components/conflictMerge';
import { ApiFailure } from '../../../client/src/api';

const fields = [
  { name: 'statement', label: 'Statement' },
  { name: 'confidence', label: 'Confidence' },
  { name: 'description', label: 'Description' },
];
const mine = { statement: 'Mine', confidence: 'likely', description: 'Same' };
const theirs = { statement: 'Theirs', confidence: 'very_likely', description: 'Same', version: 5 };

function formInPage(): HTMLFormElement {
  const form = document.createElement('form');
  document.body.append(form);
  return form;
}

const region = () => document.querySelector<HTMLElement>('[data-conflict-merge]')!;
const click = (label: string) => [...region().querySelectorAll('button')].find((b) => b.textContent === label)!.click();
const radio = (field: string, side: 'mine' | 'theirs') => region().querySelector<HTMLInputElement>(`input[name="merge-${field}"][value="${side}"]`)!;
const tick = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => document.body.replaceChildren());

describe('resolveConflict', () => {
  it('hides the form, shows a labelled region with a radio group per differing field, and takes focus', async () => {
    const form = formInPage();
    void resolveConflict({ what: 'factor', fields, mine, theirs, replacing: form });
    await tick();
    expect(form.hidden).toBe(true);
    const r = region();
    expect(document.activeElement).toBe(r);
    expect(document.getElementById(r.getAttribute('aria-labelledby')!)!.textContent).toBe('Someone else changed this factor while you were editing it');
    expect([...r.querySelectorAll('fieldset legend')].map((l) => l.textContent)).toEqual(['StatementDiffers', 'ConfidenceDiffers']);
    expect(r.querySelector('[data-merge-field="description"]')).toBeNull();
    expect(radio('statement', 'mine').checked).toBe(true);
  });

  it('resolves with the chosen value of each field and shows the form again', async () => {
    const form = formInPage();
    const result = resolveConflict({ what: 'factor', fields, mine, theirs, replacing: form });
    radio('confidence', 'theirs').click();
    expect(region().querySelector('[role="status"]')!.textContent).toBe('The merged version keeps 1 of your values and takes 1 of theirs.');
    click('Save the merged version');
    await expect(result).resolves.toEqual({ statement: 'Mine', confidence: 'very_likely', description: 'Same' });
    expect(form.hidden).toBe(false);
    expect(document.querySelector('[data-conflict-merge]')).toBeNull();
  });

  it('takes all of their values at once', async () => {
    const result = resolveConflict({ what: 'factor', fields, mine, theirs, replacing: formInPage() });
    click('Take all of theirs');
    expect(radio('statement', 'theirs').checked).toBe(true);
    click('Save the merged version');
    await expect(result).resolves.toEqual({ statement: 'Theirs', confidence: 'very_likely', description: 'Same' });
  });

  it('resolves null when cancelled with Escape', async () => {
    const result = resolveConflict({ what: 'factor', fields, mine, theirs, replacing: formInPage() });
    region().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await expect(result).resolves.toBeNull();
  });
});

describe('retryAfterConflict', () => {
  it('saves the merged values with the current version, showing the screen again when another save came in between', async () => {
    const versions = [{ ...theirs, version: 5 }, { ...theirs, statement: 'Third', version: 6 }];
    const saves: [Record<string, unknown>, number][] = [];
    const outcome = retryAfterConflict({
      what: 'factor', fields, mine, replacing: formInPage(),
      load: async () => versions.shift()!,
      save: async (values, version) => {
        saves.push([values, version]);
        if (version === 5) throw new ApiFailure(409, { code: 'conflict', message: 'factor was changed by someone else' });
        return { ...values, version: version + 1 };
      },
    });
    await tick();
    click('Save the merged version');
    await tick();
    await tick();
    expect(region().textContent).toContain('Third');
    click('Save the merged version');
    await expect(outcome).resolves.toEqual({ outcome: 'saved', saved: { statement: 'Mine', confidence: 'likely', description: 'Same', version: 7 } });
    expect(saves.map(([, v]) => v)).toEqual([5, 6]);
  });

  it('saves nothing when every chosen value is already theirs', async () => {
    let saved = false;
    const outcome = retryAfterConflict({
      what: 'factor', fields, mine, replacing: formInPage(),
      load: async () => theirs,
      save: async () => { saved = true; return null; },
    });
    await tick();
    click('Take all of theirs');
    click('Save the merged version');
    await expect(outcome).resolves.toEqual({ outcome: 'keptTheirs' });
    expect(saved).toBe(false);
  });
});
