import { h, replace } from '../../dom';
import type { Tab } from '../tab';

/** The Review tab of the investigation workspace. */
export const reviewTab: Tab = ({ container }) => {
  replace(container, h('h2', { class: 'govuk-heading-l' }, 'Review'), h('p', { class: 'govuk-body' }, 'This part of the workspace is being built.'));
};
