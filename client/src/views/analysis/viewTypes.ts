import type { Investigation } from '../../../../schema/contracts/investigations';
import type { FactorLevel } from '../../../../schema/taxonomy';
import type { AnalysisData, EvidenceChoices } from './analysisData';

/** What the side panel shows: the selection's details, the add or change form of a factor, or the link form. */
export type PanelMode =
  | { kind: 'details' }
  | { kind: 'add'; level: FactorLevel | null }
  | { kind: 'edit'; factorId: string }
  | { kind: 'link'; fromId: string; toId: string | null };

/** The Analysis tab's controller, shared by the diagram, the panel, the outline and the checks. */
export interface AnalysisView {
  readonly investigation: Investigation;
  readonly canEdit: boolean;
  data(): AnalysisData;
  selected(): string | null;
  mode(): PanelMode;
  /** Selects a node (null clears); `reveal` scrolls the diagram to it, `focusPanel` moves focus to its details. */
  select(id: string | null, options?: { reveal?: boolean; focusPanel?: boolean }): void;
  setMode(mode: PanelMode): void;
  /** Reloads everything after a change, announces it, and selects `select` when given. */
  changed(message: string, select?: string | null): Promise<void>;
  /** Opens the Chronology tab with these entries highlighted. */
  showInTimeline(eventIds: readonly string[]): void;
  /** Opens the Chronology tab at one entry. */
  openEvent(id: string): void;
  /** Opens another workspace tab at a path inside it (e.g. "findings?finding=…"). */
  openTab(path: string): void;
  say(text: string): void;
  evidenceChoices(): Promise<EvidenceChoices>;
}
