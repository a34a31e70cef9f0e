import { h, replace } from '../../dom';
import type { Tab } from '../tab';

/** The Overview tab of the investigation workspace. */
export const overviewTab: Tab = ({ container }) => {
  replace(container, h('h2', { class: 'govuk-heading-l' }, 'Overview'), h('p', { class: 'govuk-body' }, 'This part of the workspace is being built.'));
};
