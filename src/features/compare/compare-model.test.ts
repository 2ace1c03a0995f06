import { describe, expect, it } from 'vitest';
import { translator } from '@/lib/i18n/messages';
import { smallEngine } from '../../../tests/fixtures/serve-small-dataset';
import { STORIES } from '../../../tests/fixtures/small-dataset';
import { selectCompare } from './compare-model';
import { compareMessages } from './messages';

describe('a saved peer group’s link', () => {
  it('counts its Members by each language’s plural rules', () => {
    const en = translator(compareMessages, 'en');
    const fr = translator(compareMessages, 'fr');
    expect([0, 1, 2].map((n) => en('groups.open', { name: 'G', n }))).toEqual([
      'Open G (0 Members)',
      'Open G (1 Member)',
      'Open G (2 Members)',
    ]);
    expect([0, 1, 2].map((n) => fr('groups.open', { name: 'G', n }))).toEqual([
      'Ouvrir G (0 Membre)',
      'Ouvrir G (1 Membre)',
      'Ouvrir G (2 Membres)',
    ]);
  });
});

describe('selectCompare', () => {
  const dataset = smallEngine();
  const cycle = 2019;

  it('asks for more Members until two are chosen', () => {
    const of = (members: readonly string[]) => selectCompare(dataset, { members, cycle, lang: 'en' }).prompt;
    expect(of([])).toBe('Choose two to six Members to compare.');
    expect(of([STORIES.riser])).toBe('Add at least one more Member to compare.');
    expect(of([STORIES.riser, STORIES.steady])).toBeNull();
  });

  it('keeps each bar and average mark on the 0–100 scale', () => {
    const model = selectCompare(dataset, { members: [STORIES.riser, STORIES.steady], cycle, lang: 'en' });
    const marks = model.scoreRows.flatMap((row) =>
      row.cells.flatMap((cell) => (cell ? [cell.bar.value, cell.bar.world ?? 0, cell.bar.region ?? 0] : [])),
    );
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((mark) => mark >= 0 && mark <= 100)).toBe(true);
  });
});
