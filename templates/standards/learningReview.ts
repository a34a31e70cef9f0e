import type { ReportStandard } from '../standard';
import { frontMatter } from '../sections/frontMatter';
import { synopsis } from '../sections/synopsis';
import { factualInformation } from '../sections/factual';
import { analysis } from '../sections/analysis';
import { findings } from '../sections/findings';
import { recommendations, safetyActions } from '../sections/actions';
import { appendices } from '../sections/appendices';

/** The full learning-review report of DOMAIN.md §8, numbered like an ICAO Annex 13 final report. */
export const learningReview: ReportStandard = {
  id: 'learning-review',
  title: 'Learning review report',
  description: 'The full report: synopsis, factual information, analysis with the AcciMap, findings, safety action, safety recommendations and appendices.',
  contents: true,
  sections: [
    { number: '0', title: 'Front matter', render: frontMatter },
    { number: '1', title: 'Synopsis', render: synopsis },
    { number: '2', title: 'Factual information', render: factualInformation },
    { number: '3', title: 'Analysis', render: analysis },
    { number: '4', title: 'Findings', render: findings },
    { number: '5', title: 'Safety action already taken', render: safetyActions },
    { number: '6', title: 'Safety recommendations', render: recommendations },
    { number: '7', title: 'Appendices', render: appendices },
  ],
};
