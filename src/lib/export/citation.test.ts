import { describe, expect, it } from 'vitest';
import { citation, licence, shortCitation } from './citation';

const source = { illustrative: true, name: 'Built-in dataset', asOf: '2026-03-01' };

describe('citation', () => {
  it('names the organisation, the year, the source, its date, the address and when it was read', () => {
    expect(citation({ lang: 'en', source, url: 'https://example.org/members/KEN', accessed: '2026-04-02' })).toBe(
      'World Customs Organization (2026). Security Programme Progress Dashboard [illustrative data]. Source: Built-in dataset, data as of 1 March 2026. https://example.org/members/KEN (accessed 2 April 2026).',
    );
  });

  it('speaks French with French dates, and drops the illustrative label for real data', () => {
    const text = citation({
      lang: 'fr',
      source: { ...source, illustrative: false },
      url: 'https://example.org/',
      accessed: '2026-04-02',
    });
    expect(text).toContain('Organisation mondiale des douanes (2026)');
    expect(text).toContain('données au 1 mars 2026');
    expect(text).toContain('consulté le 2 avril 2026');
    expect(text).not.toContain('illustratives');
  });

  it('gives a licence in both languages', () => {
    expect(licence('en')).toContain('CC BY 4.0');
    expect(licence('fr')).toMatch(/^Licence :/);
  });

  it('has a short form with the data year, as an embed shows it, in both languages', () => {
    expect(shortCitation('en', source, '2027-01-05')).toBe('WCO (2026), Security Programme Progress Dashboard');
    expect(shortCitation('fr', null, '2027-01-05')).toBe(
      'OMD (2027), Tableau de bord de l’avancement du Programme de sécurité',
    );
  });
});
