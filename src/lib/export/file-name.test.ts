import { describe, expect, it } from 'vitest';
import { exportFileName, slug } from './file-name';

describe('exportFileName', () => {
  it('names the measure, group, cycles and language, lower-case with no spaces', () => {
    expect(exportFileName({ measure: 'security-index', group: 'world', cycles: [2015, 2025] }, 'en', 'png')).toBe(
      'security-index_world_2015-2025_en.png',
    );
    expect(exportFileName({ measure: 'PAX_API', group: 'EUR-FRA', cycles: [2018, 2024] }, 'fr', 'csv')).toBe(
      'pax-api_eur-fra_2018-2024_fr.csv',
    );
  });

  it('gives a single cycle once', () => {
    expect(exportFileName({ measure: 'completeness', group: 'AMS', cycles: [2024, 2024] }, 'en', 'svg')).toBe(
      'completeness_ams_2024_en.svg',
    );
  });

  it('keeps only safe characters', () => {
    const name = exportFileName(
      { measure: 'Indice de sécurité', group: '../Côte d’Ivoire <x>', cycles: [2015, 2016] },
      'fr',
      'csv',
    );
    expect(name).toBe('indice-de-securite_cote-d-ivoire-x_2015-2016_fr.csv');
    expect(name).toMatch(/^[a-z0-9_.-]+$/);
  });

  it('never gives an empty name', () => {
    expect(slug('***')).toBe('');
    expect(exportFileName({ measure: '', group: '', cycles: [2015, 2015] }, '', 'csv')).toBe('2015.csv');
  });
});
