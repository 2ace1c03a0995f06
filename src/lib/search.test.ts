import { describe, expect, it } from 'vitest';
import { closestMatches, createSearch, editDistance, MATCH, matchQuality, normalise, type Searchable } from './search';

const MEMBERS: readonly Searchable[] = [
  { code: 'CIV', names: ["Côte d'Ivoire", "Côte d'Ivoire"] },
  { code: 'TUR', names: ['Türkiye', 'Türkiye'] },
  { code: 'KEN', names: ['Kenya', 'Kenya'] },
  { code: 'DEU', names: ['Germany', 'Allemagne'] },
  { code: 'ECU', names: ['Ecuador', 'Équateur'] },
  { code: 'STP', names: ['São Tomé and Príncipe', 'Sao Tomé-et-Principe'] },
  { code: 'HKG', names: ['Hong Kong, China', 'Hong Kong, Chine'] },
  { code: 'CHN', names: ['China', 'Chine'] },
  { code: 'MAC', names: ['Macao, China', 'Macao, Chine'] },
  { code: 'GBR', names: ['United Kingdom', 'Royaume-Uni'] },
  { code: 'USA', names: ['United States', 'États-Unis'] },
];
const search = createSearch(MEMBERS, (member) => member);
const codes = (query: string) => search(query).map((member) => member.code);

describe('normalise', () => {
  it('drops case, accents and apostrophes, and turns other punctuation into single spaces', () => {
    expect(normalise("Côte d'Ivoire")).toBe('cote divoire');
    expect(normalise('Côte d’Ivoire')).toBe('cote divoire');
    expect(normalise('  São Tomé-et-Príncipe ')).toBe('sao tome et principe');
    expect(normalise('Hong Kong, China')).toBe('hong kong china');
    expect(normalise('TÜRKIYE')).toBe('turkiye');
  });

  it('folds letters that have no accent to strip', () => {
    expect(normalise('Œuvre')).toBe('oeuvre');
    expect(normalise('Łódź')).toBe('lodz');
    expect(normalise('Straße')).toBe('strasse');
  });
});

describe('createSearch', () => {
  it('finds names in either language regardless of case and accents', () => {
    expect(codes("cote d'ivoire")).toEqual(['CIV']);
    expect(codes('cote divoire')).toEqual(['CIV']);
    expect(codes('turkiye')).toEqual(['TUR']);
    expect(codes('allemagne')).toEqual(['DEU']);
    expect(codes('EQUATEUR')).toEqual(['ECU']);
    expect(codes('sao tome')).toEqual(['STP']);
  });

  it('finds a Member by its code, ranked first', () => {
    expect(codes('KEN')[0]).toBe('KEN');
    expect(codes('ken')[0]).toBe('KEN');
    expect(codes('hkg')).toEqual(['HKG']);
  });

  it('ranks prefix matches above word-prefix matches above substring matches', () => {
    // "China" starts with "chin"; "Hong Kong, China" and "Macao, China" have a word starting with it.
    expect(codes('chin')).toEqual(['CHN', 'HKG', 'MAC']);
    // "uni": "United Kingdom" and "United States" start with it; "Royaume-Uni" has a word that does.
    expect(codes('uni').slice(0, 2)).toEqual(['GBR', 'USA']);
    // "ina" is only inside a word.
    expect(search('ina').every((member) => matchQuality(member, 'ina') === MATCH.substring)).toBe(true);
  });

  it('keeps the list order among equal matches, and returns everything for an empty query', () => {
    expect(codes('united')).toEqual(['GBR', 'USA']);
    expect(codes('  ')).toHaveLength(MEMBERS.length);
  });

  it('finds nothing for text that is in no name or code', () => {
    expect(codes('atlantis')).toEqual([]);
    expect(codes('<img src=x>')).toEqual([]);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps', () => {
    expect(editDistance('kenya', 'kenya')).toBe(0);
    expect(editDistance('kenia', 'kenya')).toBe(1);
    expect(editDistance('kneya', 'kenya')).toBe(1);
    expect(editDistance('ken', 'kenya')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('closestMatches', () => {
  it('suggests Members for a mistyped code or name', () => {
    expect(closestMatches(MEMBERS, (m) => m, 'KNE').map((m) => m.code)).toContain('KEN');
    expect(closestMatches(MEMBERS, (m) => m, 'kenia').map((m) => m.code)[0]).toBe('KEN');
    expect(closestMatches(MEMBERS, (m) => m, 'germny').map((m) => m.code)[0]).toBe('DEU');
  });

  it('puts search matches first and respects the limit', () => {
    const found = closestMatches(MEMBERS, (m) => m, 'chin', 2).map((m) => m.code);
    expect(found).toEqual(['CHN', 'HKG']);
  });

  it('suggests nothing for an empty query or text far from every name', () => {
    expect(closestMatches(MEMBERS, (m) => m, '')).toEqual([]);
    expect(closestMatches(MEMBERS, (m) => m, 'qqqqqqqq')).toEqual([]);
  });
});
