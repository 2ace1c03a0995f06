import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeItem, param, readUrlState, writeUrlState } from './url-state';

const spec = {
  tab: param.oneOf(['chart', 'table', 'map'], 'chart'),
  from: param.int(2015, 2030, 2015),
  members: param.list(codeItem, []),
};

describe('reading the view from the URL', () => {
  it('reads valid values and uses defaults for absent ones', () => {
    const state = readUrlState(spec, new URLSearchParams('tab=map&members=KEN,FRA'));
    expect(state.values).toEqual({ tab: 'map', from: 2015, members: ['KEN', 'FRA'] });
    expect(state.invalid).toEqual([]);
  });

  it('falls back to the default for each invalid value and names it', () => {
    const state = readUrlState(spec, new URLSearchParams('tab=<script>&from=1900&members=KEN,fr;x'));
    expect(state.values).toEqual({ tab: 'chart', from: 2015, members: [] });
    expect(state.invalid).toEqual(['tab', 'from', 'members']);
  });

  it('drops repeated list items', () => {
    expect(readUrlState(spec, new URLSearchParams('members=KEN,KEN')).values.members).toEqual(['KEN']);
  });

  it('never throws, whatever the query string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (query) => {
        const state = readUrlState(spec, new URLSearchParams(query));
        expect(['chart', 'table', 'map']).toContain(state.values.tab);
        expect(state.values.from).toBeGreaterThanOrEqual(2015);
      }),
    );
  });
});

describe('writing the view to the URL', () => {
  it('writes only what differs from the defaults and keeps other parameters', () => {
    const next = writeUrlState(spec, new URLSearchParams('lang=fr&tab=map'), { tab: 'chart', from: 2018 });
    expect(next.toString()).toBe('lang=fr&from=2018');
  });

  it('round-trips', () => {
    const values = { tab: 'table' as const, from: 2020, members: ['KEN', 'CHE'] };
    const written = writeUrlState(spec, new URLSearchParams(), values);
    expect(readUrlState(spec, written).values).toEqual(values);
  });
});

describe('renamed parameters', () => {
  const migrations = [
    { from: 'indicator', to: 'measure' },
    { from: 'view', to: 'tab', value: (raw: string) => (raw === 'grid' ? 'table' : raw) },
  ];
  const renamed = { measure: param.code('INDEX'), tab: param.oneOf(['chart', 'table', 'map'], 'chart') };

  it('reads a link made before a rename as today’s parameters', () => {
    const state = readUrlState(renamed, new URLSearchParams('indicator=PAX.API&view=grid'), migrations);
    expect(state.values).toEqual({ measure: 'PAX.API', tab: 'table' });
    expect(state.invalid).toEqual([]);
  });

  it('lets the new name win when a link has both', () => {
    const state = readUrlState(renamed, new URLSearchParams('indicator=PAX.API&measure=INDEX'), migrations);
    expect(state.values.measure).toBe('INDEX');
  });

  it('writes only the new names', () => {
    const next = writeUrlState(renamed, new URLSearchParams('indicator=PAX.API&lang=fr'), { tab: 'map' }, migrations);
    expect(next.toString()).toBe('lang=fr&measure=PAX.API&tab=map');
  });
});
