import { h, replace } from '../../dom';
import type { Tab } from '../tab';

/** The Chronology tab of the investigation workspace. */
export const chronologyTab: Tab = ({ container }) => {
  replace(container, h('h2', { class: 'govuk-heading-l' }, 'Chronology'), h('p', { class: 'govuk-body' }, 'This part of the workspace is being built.'));
};
