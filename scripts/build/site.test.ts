// BASE_PATH as a web team would set it, and the headers every server of the app sends.
import { describe, expect, it } from 'vitest';
import { basePath, isEmbedPath, securityHeaders } from './site';

describe('basePath', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['/security-programme', '/security-programme/'],
    ['/security-programme/', '/security-programme/'],
    ['/org/security-programme.v2/', '/org/security-programme.v2/'],
  ])('reads %j as %j', (value, expected) => {
    expect(basePath(value)).toBe(expected);
  });

  it.each(['security-programme/', './', 'https://example.org/app/', '/a/../b/', '/with space/', '/a//b/', '/x;y/'])(
    'refuses %j with a message saying what is expected',
    (value) => {
      expect(() => basePath(value)).toThrow(/BASE_PATH must be an absolute path such as \/security-programme\//);
    },
  );
});

describe('securityHeaders', () => {
  it('sends the policy with frame-ancestors, which only works as a header', () => {
    const headers = securityHeaders({ apiBase: undefined });
    expect(headers['Content-Security-Policy']).toMatch(/script-src 'self';.*frame-ancestors 'none'$/);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it('lets any site frame an embed, with the rest of the policy unchanged', () => {
    const site = securityHeaders({ apiBase: undefined });
    const embed = securityHeaders({ apiBase: undefined, embed: true });
    expect(embed['Content-Security-Policy']).toMatch(/; frame-ancestors \*$/);
    const withoutFraming = (policy = '') => policy.replace(/frame-ancestors .*$/, '');
    expect(withoutFraming(embed['Content-Security-Policy'])).toBe(withoutFraming(site['Content-Security-Policy']));
    expect(embed['X-Content-Type-Options']).toBe('nosniff');
  });

  it("allows a build-time API's origin to be fetched", () => {
    expect(securityHeaders({ apiBase: 'https://data.example.org/v1' })['Content-Security-Policy']).toContain(
      'http://127.0.0.1:* https://data.example.org;',
    );
  });
});

describe('isEmbedPath', () => {
  it.each([
    ['/embed', '/'],
    ['/embed/', '/'],
    ['/embed/explore', '/'],
    ['/embed/members/KEN', '/'],
    ['/security-programme/embed/', '/security-programme/'],
  ])('%j under %j is an embed, which any site may frame', (path, base) => {
    expect(isEmbedPath(path, base)).toBe(true);
  });

  it.each([
    ['/', '/'],
    ['/explore', '/'],
    ['/embedded', '/'],
    ['/members/embed', '/'],
    ['/embed/', '/security-programme/'],
    ['/security-programme/explore', '/security-programme/'],
  ])('%j under %j is not, and stays unframeable', (path, base) => {
    expect(isEmbedPath(path, base)).toBe(false);
  });
});
