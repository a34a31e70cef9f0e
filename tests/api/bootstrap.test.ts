import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { openDatabase } from '../../server/db/open';
import { createApp } from '../../server/app';
import { bootstrap } from '../../server/bootstrap';
import { loadConfig } from '../../server/config';
import { tableCounts } from '../helpers/routeMatrix';
import { FIXED_NOW } from '../helpers/app';

async function start(env: Record<string, string>) {
  const db = openDatabase(':memory:');
  const lines: string[] = [];
  await bootstrap(db, loadConfig(env), (line) => lines.push(line));
  const app = createApp({ db, now: () => FIXED_NOW, loginLimit: 1000 });
  const logIn = async (email: string, password: string) => {
    const agent = request.agent(app);
    const res = await agent.post('/api/session').send({ email, password });
    return { status: res.status, agent };
  };
  return { db, lines, app, logIn };
}

describe('bootstrap on first start', () => {
  it('creates the administrator with SIGHTLINE_ADMIN_PASSWORD, without printing it', async () => {
    const { lines, logIn } = await start({ SIGHTLINE_ADMIN_EMAIL: 'Ops@Example.test', SIGHTLINE_ADMIN_PASSWORD: 'a configured password', SIGHTLINE_DEMO: 'false' });
    expect(lines).toEqual(['Created the administrator account ops@example.test.']);
    const { status, agent } = await logIn('ops@example.test', 'a configured password');
    expect(status).toBe(200);
    await agent.get('/api/users').expect(200);
  });

  it('generates a password when none is configured and prints it once', async () => {
    const { lines, logIn } = await start({ SIGHTLINE_DEMO: 'false' });
    const printed = lines.find((l) => l.startsWith('Its password'));
    const password = printed?.split(': ').at(-1) ?? '';
    expect(password).toMatch(/^\S{20,}$/);
    expect(lines.filter((l) => l.includes(password))).toHaveLength(1);
    expect((await logIn('admin@sightline.local', password)).status).toBe(200);
  });

  it('creates the fictional demo investigation with its registry and demo accounts for each role', async () => {
    const { lines, logIn } = await start({ SIGHTLINE_ADMIN_PASSWORD: 'a configured password' });
    expect(lines).toContain('Created the fictional demo investigation DEMO-2024-01, with demo accounts:');
    const accounts = lines.filter((l) => l.includes('@demo.sightline.local')).map((l) => /^\s+(\S+) \((\w+)\) password: (\S+)$/.exec(l)!);
    expect(accounts.map((m) => m[2])).toEqual(['investigator', 'panel', 'observer']);

    const admin = (await logIn('admin@sightline.local', 'a configured password')).agent;
    const [demo] = (await admin.get('/api/investigations').expect(200)).body.data;
    expect(demo).toMatchObject({ reference: 'DEMO-2024-01', isDemo: true, myRole: 'lead' });
    const people = (await admin.get(`/api/investigations/${demo.id}/people`).expect(200)).body.data;
    expect(people.map((p: { pseudonym: string }) => p.pseudonym)).toEqual(expect.arrayContaining(['Child A', 'Mother']));
    expect((await admin.get(`/api/investigations/${demo.id}/agencies`).expect(200)).body.data.length).toBeGreaterThan(0);

    const panelLine = accounts.find((m) => m[2] === 'panel')!;
    const panel = await logIn(panelLine[1]!, panelLine[3]!);
    expect(panel.status).toBe(200);
    const asPanel = await panel.agent.get(`/api/investigations/${demo.id}/people`).expect(200);
    expect(asPanel.text).not.toMatch(/Thornbury|Zoë/);
  });

  it('skips the demo when SIGHTLINE_DEMO=false', async () => {
    const { db } = await start({ SIGHTLINE_DEMO: 'false' });
    expect(tableCounts(db)).toMatchObject({ users: 1, investigations: 0 });
  });
});

describe('bootstrap on a later start', () => {
  it('does nothing and prints nothing', async () => {
    const { db } = await start({ SIGHTLINE_ADMIN_PASSWORD: 'a configured password' });
    const counts = tableCounts(db);
    const lines: string[] = [];
    await bootstrap(db, loadConfig({ SIGHTLINE_ADMIN_PASSWORD: 'another password here' }), (l) => lines.push(l));
    expect(lines).toEqual([]);
    expect(tableCounts(db)).toEqual(counts);
  });
});
