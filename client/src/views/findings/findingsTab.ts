import { h, replace } from '../../dom';
import type { Tab } from '../tab';

/** The Findings tab of the investigation workspace. */
export const findingsTab: Tab = ({ container }) => {
  replace(container, h('h2', { class: 'govuk-heading-l' }, 'Findings'), h('p', { class: 'govuk-body' }, 'This part of the workspace is being built.'));
};
