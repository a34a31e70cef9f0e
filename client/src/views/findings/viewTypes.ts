import type { Investigation } from '../../../../schema/contracts/investigations';
import type { FindingsData } from './findingsData';

/** What is open beside the lists: a finding or recommendation (or a new one), or nothing. */
export type FindingsSelection =
  | { kind: 'finding'; id: string }
  | { kind: 'newFinding' }
  | { kind: 'recommendation'; id: string }
  | { kind: 'newRecommendation' }
  | null;

/** The two sections that show confirmations. */
export type FindingsSection = 'findings' | 'recommendations';

/** What the sections of the Findings tab share: the data, the reader's rights and how to report a change. */
export interface FindingsView {
  investigation: Investigation;
  /** Lead investigators and investigators edit; panel members and observers read. */
  canEdit: boolean;
  data: FindingsData;
  selection: FindingsSelection;
  /** The confirmation of the last change, shown at the top of the section it concerns. */
  flash: { text: string; section: FindingsSection } | null;
  /** Opens a finding or recommendation (or a blank form) and moves focus to it. */
  select(selection: FindingsSelection): void;
  /** Reloads everything after a change, keeps or changes the selection, and announces the message. */
  changed(message: string, selection?: FindingsSelection): Promise<void>;
  /** Announces a message without moving focus. */
  say(message: string): void;
}
