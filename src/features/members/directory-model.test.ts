import { describe, expect, it } from 'vitest';
import { translator } from '@/lib/i18n/messages';
import { membersMessages } from './messages';

describe('the directory’s count', () => {
  it('says Member or Members by each language’s plural rules', () => {
    const en = translator(membersMessages, 'en');
    const fr = translator(membersMessages, 'fr');
    expect([0, 1, 2].map((n) => en('count', { n, of: n }))).toEqual([
      '0 of 0 Members shown',
      '1 of 1 Member shown',
      '2 of 2 Members shown',
    ]);
    expect([0, 1, 2].map((n) => fr('count', { n, of: 12 }))).toEqual([
      '0 Membre affiché sur 12',
      '1 Membre affiché sur 12',
      '2 Membres affichés sur 12',
    ]);
  });
});
