import { describe, expect, it } from 'vitest';
import { labelOf } from '../../../server/review/itemLabels';

describe('labelOf', () => {
  it('uses the most descriptive field present', () => {
    expect(labelOf({ statement: 'Caseloads were high', description: 'long text' })).toBe('Caseloads were high');
    expect(labelOf({ name: 'Northshire Police', kind: 'police' })).toBe('Northshire Police');
    expect(labelOf({ body: 'Is this evidenced?' })).toBe('Is this evidenced?');
  });

  it('labels a registry entry by pseudonym and a place by its replacement, never the real name', () => {
    expect(labelOf({ realName: 'Zoë Quartermaine', pseudonym: 'Child Q' })).toBe('Child Q');
    expect(labelOf({ realName: 'Elm Street Primary', replacement: 'a primary school' })).toBe('a primary school');
  });

  it('puts text on one line and cuts it to 80 characters', () => {
    expect(labelOf({ description: 'one\n two' })).toBe('one two');
    const label = labelOf({ description: 'x'.repeat(100) });
    expect(label).toHaveLength(80);
    expect(label.endsWith('…')).toBe(true);
  });

  it('is empty for an item with nothing readable', () => {
    expect(labelOf({ id: 'x', version: 2 })).toBe('');
    expect(labelOf(null)).toBe('');
  });
});
