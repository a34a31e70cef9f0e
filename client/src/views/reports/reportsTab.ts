import { h, replace } from '../../dom';
import type { Tab } from '../tab';

/** The Reports tab of the investigation workspace. */
export const reportsTab: Tab = ({ container }) => {
  replace(container, h('h2', { class: 'govuk-heading-l' }, 'Reports'), h('p', { class: 'govuk-body' }, 'This part of the workspace is being built.'));
};
