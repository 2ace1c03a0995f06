// @vitest-environment jsdom
// The addresses a chart is shared by, as a reader would paste them: the embed of a view, the way back to the full
// view, and the <iframe> snippet.
import { describe, expect, it } from 'vitest';
import { absoluteUrl, embedPath, embedSnippet, fullViewPath, isEmbed } from './share-links';

describe('embedPath', () => {
  it.each([
    ['/', '', {}, '/embed/'],
    ['/', '', { chart: 'regions' }, '/embed/?chart=regions'],
    ['/explore', '?measure=PAX.API&members=KEN,FRA', {}, '/embed/explore?measure=PAX.API&members=KEN,FRA'],
    ['/members/KEN', '', { lang: 'fr' as const }, '/embed/members/KEN?lang=fr'],
    ['/explore', '?lang=en&from=2018', { lang: 'fr' as const }, '/embed/explore?lang=en&from=2018'],
    ['/', '?chart=old', {}, '/embed/'],
  ])('embeds %j%j (%j) at %j', (path, search, choice, expected) => {
    expect(embedPath(path, search, choice)).toBe(expected);
  });
});

describe('fullViewPath', () => {
  it.each([
    ['/embed/', '', '/'],
    ['/embed', '?chart=regions', '/'],
    ['/embed/explore', '?measure=PAX.API&chart=main&members=KEN,FRA', '/explore?measure=PAX.API&members=KEN,FRA'],
    ['/embed/members/KEN', '?lang=fr', '/members/KEN?lang=fr'],
  ])('leads %j%j back to %j', (path, search, expected) => {
    expect(fullViewPath(path, search)).toBe(expected);
  });

  it('is the way back from any embed', () => {
    const view = '/compare?members=KEN,FRA&lang=fr';
    const [path = '', search = ''] = embedPath('/compare', '?members=KEN,FRA', { chart: 'x', lang: 'fr' }).split(
      /(?=\?)/,
    );
    expect(isEmbed(path)).toBe(true);
    expect(fullViewPath(path, search)).toBe(view);
  });
});

describe('isEmbed', () => {
  it.each([
    ['/embed', true],
    ['/embed/explore', true],
    ['/embedded', false],
    ['/members/embed', false],
    ['/', false],
  ])('%j → %j', (path, expected) => {
    expect(isEmbed(path)).toBe(expected);
  });
});

describe('absoluteUrl', () => {
  it('puts a router path under the app base', () => {
    expect(absoluteUrl('https://example.org', '/', '/embed/')).toBe('https://example.org/embed/');
    expect(absoluteUrl('https://example.org', '/security-programme/', '/explore?tab=map')).toBe(
      'https://example.org/security-programme/explore?tab=map',
    );
  });
});

describe('embedSnippet', () => {
  it('is an iframe of 600 × 400, named, loaded lazily', () => {
    const html = embedSnippet('https://example.org/embed/?lang=fr', 'World Security Index, 2015–2026');
    const frame = new DOMParser().parseFromString(html, 'text/html').querySelector('iframe');
    expect(frame?.getAttribute('src')).toBe('https://example.org/embed/?lang=fr');
    expect(frame?.getAttribute('width')).toBe('600');
    expect(frame?.getAttribute('height')).toBe('400');
    expect(frame?.getAttribute('title')).toBe('World Security Index, 2015–2026');
    expect(frame?.getAttribute('loading')).toBe('lazy');
  });

  it('keeps a title or address with quotes and ampersands inside its attributes', () => {
    const html = embedSnippet('https://example.org/embed/explore?a=1&b=2', 'Côte d’Ivoire "<b>"');
    const frame = new DOMParser().parseFromString(html, 'text/html').querySelector('iframe');
    expect(frame?.getAttribute('src')).toBe('https://example.org/embed/explore?a=1&b=2');
    expect(frame?.getAttribute('title')).toBe('Côte d’Ivoire "<b>"');
    expect(html).not.toContain('<b>');
  });
});
