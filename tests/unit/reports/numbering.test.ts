import { describe, expect, it } from 'vitest';
import { numberDocument } from '../../../templates/numbering';
import type { ReportDocument } from '../../../templates/document';

const doc = (sections: ReportDocument['sections']): ReportDocument => ({
  standardId: 'x', edition: 'restricted', stage: 'draft', cover: { kicker: '', title: '', subtitle: '', lines: [], statement: '' },
  runningTitle: '', banner: null, meta: { title: '', author: '', subject: '', keywords: [] }, contents: true, sections,
});

describe('numberDocument', () => {
  it('numbers subsections and numbered paragraphs with one counter per level, like ICAO Annex 13', () => {
    const { document, contents } = numberDocument(doc([
      { number: '2', title: 'Factual information', blocks: [
        { type: 'paragraph', text: 'Intro', numbered: true },
        { type: 'paragraph', text: 'A note' },
        { type: 'subsection', title: 'Events', blocks: [
          { type: 'paragraph', text: 'One', numbered: true },
          { type: 'subsection', title: 'Detail', blocks: [{ type: 'paragraph', text: 'Deep', numbered: true }] },
          { type: 'paragraph', text: 'Two', numbered: true },
        ] },
      ] },
    ]));
    const [intro, note, events] = document.sections[0]!.blocks;
    expect(intro).toMatchObject({ number: '2.1' });
    expect(note).not.toHaveProperty('number');
    expect(events).toMatchObject({ number: '2.2' });
    const inner = events?.type === 'subsection' ? events.blocks : [];
    expect(inner.map((b) => (b as { number?: string }).number)).toEqual(['2.2.1', '2.2.2', '2.2.3']);
    const detail = inner[1];
    expect(detail?.type === 'subsection' && detail.blocks[0]).toMatchObject({ number: '2.2.2.1' });
    expect(contents).toEqual([
      { number: '2', title: 'Factual information', depth: 0, anchor: 'sec-2' },
      { number: '2.2', title: 'Events', depth: 1, anchor: 'sec-2.2' },
    ]);
  });

  it('lists deeper subsections in the contents only when asked', () => {
    const { contents } = numberDocument(doc([{ number: '4', title: 'Findings', blocks: [
      { type: 'subsection', title: 'A', blocks: [{ type: 'subsection', title: 'B', blocks: [], inContents: true }, { type: 'subsection', title: 'C', blocks: [] }] },
    ] }]));
    expect(contents.map((c) => c.number)).toEqual(['4', '4.1', '4.1.1']);
  });
});
