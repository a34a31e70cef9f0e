import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';

const failure = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected loadConfig to refuse the configuration');
};

describe('loadConfig', () => {
  it('gives defaults for an empty environment', () => {
    expect(loadConfig({})).toEqual({
      port: 3000, host: '127.0.0.1', dbPath: './data/sightline.db', adminEmail: 'admin@sightline.local', adminPassword: undefined,
      sessionHours: 12, secureCookies: false, loginLimit: 10, demo: true, archiveMaxMb: 300,
    });
  });

  it('reads every variable', () => {
    expect(loadConfig({
      PORT: '8080', HOST: '0.0.0.0', SIGHTLINE_DB: '/tmp/x.db', SIGHTLINE_ADMIN_EMAIL: 'ops@example.test', SIGHTLINE_ADMIN_PASSWORD: 'long enough secret',
      SIGHTLINE_SESSION_HOURS: '8', SIGHTLINE_SECURE_COOKIES: 'true', SIGHTLINE_LOGIN_LIMIT: '5', SIGHTLINE_DEMO: 'false',
      SIGHTLINE_ARCHIVE_MAX_MB: '120',
    })).toEqual({
      port: 8080, host: '0.0.0.0', dbPath: '/tmp/x.db', adminEmail: 'ops@example.test', adminPassword: 'long enough secret',
      sessionHours: 8, secureCookies: true, loginLimit: 5, demo: false, archiveMaxMb: 120,
    });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', SIGHTLINE_SESSION_HOURS: '', SIGHTLINE_ADMIN_PASSWORD: '' })).toMatchObject({ port: 3000, sessionHours: 12, adminPassword: undefined });
  });

  it.each(['abc', '80.5', '70000', '-1', '3000abc'])('refuses PORT=%s naming the variable', (value) => {
    expect(failure({ PORT: value })).toBe('Invalid configuration:\n  PORT: must be a whole number from 0 to 65535');
  });

  it.each(['0', '-3', 'twelve', '1000'])('refuses SIGHTLINE_SESSION_HOURS=%s naming the variable', (value) => {
    expect(failure({ SIGHTLINE_SESSION_HOURS: value })).toBe('Invalid configuration:\n  SIGHTLINE_SESSION_HOURS: must be a number of hours above 0 and at most 720');
  });

  it.each(['0', '5000', '1.5', 'lots'])('refuses SIGHTLINE_ARCHIVE_MAX_MB=%s naming the variable', (value) => {
    expect(failure({ SIGHTLINE_ARCHIVE_MAX_MB: value })).toBe('Invalid configuration:\n  SIGHTLINE_ARCHIVE_MAX_MB: must be a whole number of megabytes from 1 to 4096');
  });

  it('refuses an admin email that is not an address', () => {
    expect(failure({ SIGHTLINE_ADMIN_EMAIL: 'admin' })).toBe('Invalid configuration:\n  SIGHTLINE_ADMIN_EMAIL: must be an email address');
  });

  it('refuses a short admin password, true/false flags with other values and a bad login limit', () => {
    expect(failure({ SIGHTLINE_ADMIN_PASSWORD: 'short', SIGHTLINE_DEMO: 'yes', SIGHTLINE_LOGIN_LIMIT: '0' })).toBe([
      'Invalid configuration:',
      '  SIGHTLINE_ADMIN_PASSWORD: must be at least 12 characters',
      '  SIGHTLINE_LOGIN_LIMIT: must be a whole number above 0',
      '  SIGHTLINE_DEMO: must be true or false',
    ].join('\n'));
  });
});
