// The palettes as the stylesheets define them (styles.css, palette.css) and as charts use them (SERIES_COLORS),
// in the light and the dark theme: WCAG contrast (text ≥ 4.5:1, chart marks and focus ≥ 3:1) and colours that stay
// apart for the common colour-vision deficiencies (issue 7).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_TOKENS, paint, SERIES_COLORS, SERIES_MARKERS } from '@/lib/chart/chart-config';
import { contrast, deltaE, labAs, type Vision } from './colour';

const css = ['src/app/styles.css', 'src/app/palette.css'].map((file) => readFileSync(file, 'utf8')).join('\n');

/** The declarations of every rule whose selector is exactly `selector`, later ones winning. */
function rule(selector: string): Map<string, string> {
  const declarations = new Map<string, string>();
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const match of css.matchAll(new RegExp(`(?:^|[}\\s])${escaped}\\s*\\{([^}]*)\\}`, 'g'))) {
    for (const line of (match[1] ?? '').split(';')) {
      const [name, ...value] = line.split(':');
      if (name?.trim() && value.length > 0) declarations.set(name.trim(), value.join(':').trim());
    }
  }
  return declarations;
}

const light = rule(':root');
const dark = new Map([...light, ...rule(":root[data-theme='dark']")]);
const THEMES = { light, dark } as const;
const VISIONS: readonly Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];

/** A colour as the theme resolves it: a hex, or a `var(--token)` looked up in the theme. */
function resolve(tokens: Map<string, string>, value: string): string {
  const token = /^var\((--[\w-]+)\)$/.exec(value.trim())?.[1];
  if (!token) return value;
  const hex = tokens.get(token);
  if (!hex) throw new Error(`${token} is not defined`);
  return resolve(tokens, hex);
}

function pairs<T>(items: readonly T[]): [T, T][] {
  return items.flatMap((a, i) => items.slice(i + 1).map((b): [T, T] => [a, b]));
}

describe.each(Object.entries(THEMES))('the %s theme', (_theme, tokens) => {
  const colour = (value: string) => resolve(tokens, value);
  const backgrounds = ['var(--bg)', 'var(--surface)'].map(colour);
  const series = SERIES_COLORS.map((token) => colour(paint(token)));

  it('gives text at least 4.5:1 on every background it is set on', () => {
    const tints = ['--note-bg', '--neutral-bg', '--positive-bg', '--negative-bg', '--warning-bg', '--error-bg'];
    for (const background of [...backgrounds, ...tints.map((tint) => colour(`var(${tint})`))]) {
      for (const text of ['--text', '--muted']) {
        expect(contrast(colour(`var(${text})`), background), `${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
      }
    }
    for (const background of backgrounds) {
      for (const text of ['--accent', '--error']) {
        expect(contrast(colour(`var(${text})`), background), `${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
      }
    }
    expect(contrast(colour('var(--on-accent)'), colour('var(--accent)'))).toBeGreaterThanOrEqual(4.5);
  });

  it('draws the focus ring and the axes at least 3:1 against the background', () => {
    for (const background of backgrounds) {
      expect(contrast(colour('var(--focus)'), background)).toBeGreaterThanOrEqual(3);
      expect(contrast(colour('var(--axis)'), background)).toBeGreaterThanOrEqual(3);
    }
  });

  it('draws every series at least 3:1 (marks), and 4.5:1 for its end labels, against the background', () => {
    expect(series).toHaveLength(8);
    for (const [i, hex] of series.entries()) {
      for (const background of backgrounds) {
        expect(contrast(hex, background), `series ${i + 1} ${hex} on ${background}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('paints every colour a chart can use — the World line too — at least 3:1 on the chart surface', () => {
    const surface = colour('var(--surface)');
    for (const token of CHART_TOKENS) {
      const hex = colour(paint(token));
      expect(contrast(hex, surface), `${token} ${hex} on the chart surface ${surface}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps the series apart for normal vision and the common colour-vision deficiencies', () => {
    for (const vision of VISIONS) {
      // The first four are the ones charts use without extra help: clearly apart for everyone.
      for (const [a, b] of pairs(series.slice(0, 4))) {
        expect(deltaE(a, b, vision), `${a} / ${b}, ${vision}`).toBeGreaterThanOrEqual(15);
      }
      // Beyond four, every series also has its own marker shape (below); colours must still differ.
      for (const [a, b] of pairs(series)) {
        expect(deltaE(a, b, vision), `${a} / ${b}, ${vision}`).toBeGreaterThanOrEqual(vision === 'normal' ? 20 : 5);
      }
    }
  });
});

describe('the rating scale', () => {
  const codes = ['initial', 'emerging', 'developing', 'established', 'advanced'];
  const background = (code: string) => resolve(light, `var(--rating-${code})`);
  const badgeText = (code: string) =>
    resolve(light, rule(`.rating-badge--${code}`).get('color') ?? rule('.rating-badge').get('color') ?? '');

  it('writes the rating word at least 4.5:1 on its colour', () => {
    for (const code of [...codes, 'none']) {
      expect(contrast(badgeText(code), background(code)), code).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('darkens step by step for every kind of vision, so the order survives without hue', () => {
    for (const vision of VISIONS) {
      const lightness = codes.map((code) => labAs(background(code), vision)[0]);
      for (const [i, value] of lightness.slice(1).entries()) {
        expect(value, `${codes[i + 1] ?? ''} after ${codes[i] ?? ''}, ${vision}`).toBeLessThan((lightness[i] ?? 0) - 5);
      }
    }
  });
});

it('gives every series beyond the first a distinct marker shape', () => {
  expect(new Set(SERIES_MARKERS).size).toBe(SERIES_MARKERS.length);
  expect(SERIES_MARKERS.length).toBeGreaterThanOrEqual(7);
});
