import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { ADMIN, apiLogin, launchBrowser, startServer, type ApiSession, type RunningServer } from './browser';

/** The server, browser and administrator's API session a browser test file shares. */
export interface BrowserWorld { server: RunningServer; browser: Browser; lead: ApiSession }

/**
 * Before the file's tests, starts a server without the demo investigation, headless Chromium and an API session
 * of the administrator (lead investigator of what it creates); after them, stops both. Read the fields inside tests.
 */
export function browserWorld(): BrowserWorld {
  const world = {} as BrowserWorld;
  beforeAll(async () => {
    world.server = await startServer({ demo: false });
    world.browser = await launchBrowser();
    world.lead = await apiLogin(world.server, ADMIN.email, ADMIN.password);
  });
  afterAll(async () => {
    await world.browser?.close();
    await world.server?.stop();
  });
  return world;
}
