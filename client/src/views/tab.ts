import type { Investigation } from '../../../schema/contracts/investigations';

/** What a workspace tab (Overview, Chronology, Analysis, ...) receives. */
export interface TabContext {
  investigation: Investigation;
  /** The element the tab renders into; cleared when the tab changes. */
  container: HTMLElement;
  /** Query parameters of the current URL (e.g. ?event=… to select an event). */
  params: URLSearchParams;
  /** Goes to another client path, e.g. `/investigations/:id/chronology?event=…`. */
  navigate(path: string): void;
  /** Reloads the investigation after it changed. */
  refreshInvestigation(): Promise<void>;
}

/** A tab renders into its container and may return a cleanup function. */
export type Tab = (ctx: TabContext) => void | (() => void) | Promise<void | (() => void)>;
