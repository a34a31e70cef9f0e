import { describe, expect, it } from 'vitest';
import { isLocalPath, matchRoute, workspacePath } from '../../../client/src/router';

const tabs = ['overview', 'chronology', 'analysis'];

describe('matchRoute', () => {
  it('maps the root and /investigations to the investigations list', () => {
    expect(matchRoute('/', tabs)).toEqual({ name: 'investigations' });
    expect(matchRoute('/investigations', tabs)).toEqual({ name: 'investigations' });
    expect(matchRoute('/investigations/', tabs)).toEqual({ name: 'investigations' });
  });

  it('maps login, the create form and account administration', () => {
    expect(matchRoute('/login', tabs)).toEqual({ name: 'login' });
    expect(matchRoute('/investigations/new', tabs)).toEqual({ name: 'newInvestigation' });
    expect(matchRoute('/admin/users', tabs)).toEqual({ name: 'adminUsers' });
  });

  it('opens the first tab when a workspace path names no tab', () => {
    expect(matchRoute('/investigations/abc', tabs)).toEqual({ name: 'workspace', id: 'abc', tab: 'overview' });
  });

  it('opens the named tab of a workspace', () => {
    expect(matchRoute('/investigations/abc/chronology', tabs)).toEqual({ name: 'workspace', id: 'abc', tab: 'chronology' });
  });

  it('answers notFound for an unknown tab, extra segments, unknown pages and malformed escapes', () => {
    expect(matchRoute('/investigations/abc/gossip', tabs)).toEqual({ name: 'notFound' });
    expect(matchRoute('/investigations/abc/overview/more', tabs)).toEqual({ name: 'notFound' });
    expect(matchRoute('/admin', tabs)).toEqual({ name: 'notFound' });
    expect(matchRoute('/login/again', tabs)).toEqual({ name: 'notFound' });
    expect(matchRoute('/investigations/%E0%A4%A', tabs)).toEqual({ name: 'notFound' });
  });
});

describe('workspacePath', () => {
  it('builds the path of a tab, escaping the id', () => {
    expect(workspacePath('a b', 'analysis')).toBe('/investigations/a%20b/analysis');
    expect(workspacePath('abc')).toBe('/investigations/abc/overview');
  });
});

describe('isLocalPath', () => {
  it('accepts paths on this site and refuses other sites or protocol-relative addresses', () => {
    expect(isLocalPath('/investigations/abc/overview?event=1')).toBe(true);
    expect(isLocalPath('//evil.example/x')).toBe(false);
    expect(isLocalPath('/\\evil.example')).toBe(false);
    expect(isLocalPath('https://evil.example/')).toBe(false);
    expect(isLocalPath(null)).toBe(false);
  });
});
