import type { Block, ReportDocument } from './document';
import type { ReportModel } from './model';
import { PURPOSE_STATEMENT, RESTRICTED_BANNER, editionLabels, stageLabels } from './fixedText';
import { publicationTitle } from './reviewTitle';

/** One top-level section of a standard: its number, title and the small renderer that fills it. */
export interface SectionSpec {
  number: string;
  title: string;
  render: (model: ReportModel) => Block[];
  /** Starts on a new page (default true). */
  newPage?: boolean;
}

/** A report standard: data (which sections, their numbers and titles, fixed text) plus section renderers. */
export interface ReportStandard {
  /** Used in the URL: /reports/<id>.pdf */
  id: string;
  /** What the report is called on its cover, e.g. "Learning review report". */
  title: string;
  description: string;
  /** Whether the report has a contents page. */
  contents: boolean;
  sections: SectionSpec[];
}

/** Builds the document of a standard from a (possibly already anonymised) model. */
export function buildDocument(standard: ReportStandard, model: ReportModel): ReportDocument {
  const inv = model.investigation;
  const restricted = model.edition === 'restricted';
  const subtitle = [inv.reference, inv.childName, inv.publishingArea || 'Anonymous', String(model.year)].join(' · ');
  return {
    standardId: standard.id,
    edition: model.edition,
    stage: model.stage,
    cover: {
      kicker: standard.title,
      title: inv.title,
      subtitle,
      lines: [
        `${editionLabels[model.edition]} · ${stageLabels[model.stage]}`,
        `Generated on ${model.generatedOn}`,
        ...(inv.commissioningBody ? [`Commissioned by ${inv.commissioningBody}`] : []),
      ],
      statement: PURPOSE_STATEMENT,
    },
    runningTitle: `${inv.reference} · ${standard.title}`,
    banner: restricted ? RESTRICTED_BANNER : null,
    meta: {
      title: publicationTitle(standard.title, inv.title),
      author: restricted ? inv.commissioningBody || inv.publishingArea || 'Anonymous' : inv.publishingArea || 'Anonymous',
      subject: `${standard.title}, ${inv.reference}, ${editionLabels[model.edition]}, ${stageLabels[model.stage]}`,
      keywords: ['learning review', 'child safeguarding', 'systems analysis', inv.reference, model.edition, model.stage],
    },
    contents: standard.contents,
    sections: standard.sections.map((s) => ({ number: s.number, title: s.title, newPage: s.newPage ?? true, blocks: s.render(model) })),
  };
}
