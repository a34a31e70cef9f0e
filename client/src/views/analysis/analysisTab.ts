import { h, replace } from '../../dom';
import type { Tab } from '../tab';

/** The Analysis tab of the investigation workspace. */
export const analysisTab: Tab = ({ container }) => {
  replace(container, h('h2', { class: 'govuk-heading-l' }, 'Analysis'), h('p', { class: 'govuk-body' }, 'This part of the workspace is being built.'));
};
