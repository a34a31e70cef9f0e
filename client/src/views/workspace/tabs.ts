import type { Tab } from '../tab';
import { overviewTab } from '../overview/overviewTab';
import { chronologyTab } from '../chronology/chronologyTab';
import { analysisTab } from '../analysis/analysisTab';
import { findingsTab } from '../findings/findingsTab';
import { reportsTab } from '../reports/reportsTab';
import { reviewTab } from '../review/reviewTab';

/** The workspace tabs in navigation order: path segment, label, renderer. */
export const workspaceTabs: { slug: string; label: string; render: Tab }[] = [
  { slug: 'overview', label: 'Overview', render: overviewTab },
  { slug: 'chronology', label: 'Chronology', render: chronologyTab },
  { slug: 'analysis', label: 'Analysis', render: analysisTab },
  { slug: 'findings', label: 'Findings', render: findingsTab },
  { slug: 'reports', label: 'Reports', render: reportsTab },
  { slug: 'review', label: 'Review', render: reviewTab },
];
