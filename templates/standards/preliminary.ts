import type { ReportStandard } from '../standard';
import { PURPOSE_STATEMENT } from '../fixedText';
import { aboutThisReport } from '../sections/frontMatter';
import { synopsis } from '../sections/synopsis';
import { factualInformation } from '../sections/factual';
import { chronologyTable } from '../sections/chronology';
import { note } from '../sections/blocks';
import { openFlags, termsOfReference } from '../sections/appendices';

/** The preliminary report: facts only (synopsis, factual information, chronology), no analysis or findings. */
export const preliminary: ReportStandard = {
  id: 'preliminary',
  title: 'Preliminary report',
  description: 'Facts only: synopsis, factual information and the integrated chronology. No analysis, findings or recommendations.',
  contents: true,
  sections: [
    { number: '0', title: 'Front matter', render: (m) => [
      { type: 'callout', text: PURPOSE_STATEMENT },
      note('This preliminary report sets out the facts established so far. It contains no analysis, findings or recommendations; those follow in the final report.'),
      aboutThisReport(m),
      termsOfReference(m),
    ] },
    { number: '1', title: 'Synopsis', render: synopsis },
    { number: '2', title: 'Factual information', render: factualInformation },
    { number: '3', title: 'Integrated chronology', render: (m) => [chronologyTable(m), ...openFlags(m)] },
  ],
};
