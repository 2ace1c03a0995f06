// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildChartSvg, wrap } from './svg';

const measure = (text: string, size: number) => text.length * size * 0.5;

function chart(): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.append(document.createElementNS('http://www.w3.org/2000/svg', 'path'));
  return svg;
}

/** A French chart whose title, legend and footnote need escaping, wrapping and the embedded font. */
const FRENCH_CHART: Parameters<typeof buildChartSvg>[0] = {
  chart: chart(),
  chartWidth: 600,
  chartHeight: 300,
  title: 'Indice de sécurité mondial, 2015–2025',
  subtitle: 'Moyenne des Membres',
  legend: [
    { label: 'Monde', color: 'rgb(26, 34, 51)', dashed: true, marker: 'ring' },
    { label: '<img src=x onerror=alert(1)>', color: '#0b4f8a', dashed: false, marker: 'square' },
  ],
  footnote: ['Données illustratives.', 'Source : WCO, données au 1 mars 2025.'],
  fontCss: "@font-face{font-family:'Noto Sans Export'}",
  lang: 'fr',
  measure,
};

describe('buildChartSvg', () => {
  const image = buildChartSvg(FRENCH_CHART);
  const parsed = new DOMParser().parseFromString(image.svg, 'image/svg+xml');

  it('is well-formed standalone SVG with its size', () => {
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = parsed.documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(image.svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(root.getAttribute('width')).toBe(String(image.width));
    expect(image.width).toBe(648);
    expect(image.height).toBeGreaterThan(300);
  });

  it('carries title, legend and footnote as text, data text escaped', () => {
    const texts = [...parsed.getElementsByTagName('text')].map((node) => node.textContent);
    expect(texts).toContain('Indice de sécurité mondial, 2015–2025');
    expect(texts).toContain('Monde');
    expect(texts).toContain('<img src=x onerror=alert(1)>');
    expect(texts).toContain('Source : WCO, données au 1 mars 2025.');
    expect(parsed.getElementsByTagName('img')).toHaveLength(0);
  });

  it('embeds the font and puts the chart below the title', () => {
    expect(parsed.getElementsByTagName('style')[0]?.textContent).toContain('Noto Sans Export');
    const nested = parsed.documentElement.getElementsByTagName('svg')[0];
    expect(Number(nested?.getAttribute('y'))).toBeGreaterThan(40);
  });
});

describe('a map’s legend of swatches', () => {
  it('draws each class as a filled square beside its label', () => {
    const image = buildChartSvg({
      ...FRENCH_CHART,
      title: 'Security Index, 2019',
      subtitle: '',
      legend: [
        { label: 'Initial (0–19)', color: 'rgb(255, 243, 176)', dashed: false, marker: 'square', swatch: true },
        { label: 'No value', color: 'rgb(229, 231, 235)', dashed: false, marker: 'square', swatch: true },
      ],
      footnote: [],
      fontCss: '',
      lang: 'en',
    });
    const parsed = new DOMParser().parseFromString(image.svg, 'image/svg+xml');
    const keys = [...parsed.querySelectorAll('g > rect')].map((rect) => rect.getAttribute('fill'));
    expect(keys).toEqual(['rgb(255, 243, 176)', 'rgb(229, 231, 235)']);
    expect(parsed.querySelectorAll('g > line')).toHaveLength(0);
  });
});

describe('wrap', () => {
  const width = (text: string) => text.length;
  it('breaks between words to fit the width', () => {
    expect(wrap('one two three four', 9, width)).toEqual(['one two', 'three', 'four']);
  });
  it('cuts a word wider than the line (a long address)', () => {
    expect(wrap('https://example.org/abcdef', 10, width)).toEqual(['https://ex', 'ample.org/', 'abcdef']);
  });
});
