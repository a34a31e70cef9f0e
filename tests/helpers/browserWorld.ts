import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { ADMIN, apiLogin, demoInvestigationId, launchBrowser, startServer, type ApiSession, type RunningServer } from './browser';

/** The server, browser and administrator's API session a browser test file shares. */
export interface BrowserWorld { server: RunningServer; browser: Browser; lead: ApiSession }

/** A browser world whose server seeded the demo investigation, with that investigation's id (the administrator leads it). */
export interface DemoBrowserWorld extends BrowserWorld { demoId: string }

/**
 * Before the file's tests, starts a server (without the demo investigation unless `demo: true`), headless Chromium
 * and an API session of the administrator (lead investigator of what it creates); after them, stops both.
 * Read the fields inside tests or in a later beforeAll of the file (hooks run in the order they are declared).
 */
export function browserWorld(options: { demo: true }): DemoBrowserWorld;
export function browserWorld(options?: { demo?: false }): BrowserWorld;
export function browserWorld(options: { demo?: boolean } = {}): BrowserWorld | DemoBrowserWorld {
  const demo = options.demo ?? false;
  const world = {} as DemoBrowserWorld;
  beforeAll(async () => {
    world.server = await startServer({ demo });
    world.browser = await launchBrowser();
    world.lead = await apiLogin(world.server, ADMIN.email, ADMIN.password);
    if (demo) world.demoId = await demoInvestigationId(world.server);
  });
  afterAll(async () => {
    await world.browser?.close();
    await world.server?.stop();
  });
  return world;
}
