import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineMessages, fill } from './messages';

describe('plural forms', () => {
  const template = '{n, plural, one {# activity} other {# activities}} received';
  it('follows English rules: only 1 is singular', () => {
    expect(fill(template, { n: 1 }, 'en')).toBe('1 activity received');
    expect(fill(template, { n: 0 }, 'en')).toBe('0 activities received');
    expect(fill(template, { n: 12 }, 'en')).toBe('12 activities received');
  });

  it('follows French rules: 0 and 1 are singular', () => {
    const fr = '{n, plural, one {# activité reçue} other {# activités reçues}}';
    expect(fill(fr, { n: 0 }, 'fr')).toBe('0 activité reçue');
    expect(fill(fr, { n: 1 }, 'fr')).toBe('1 activité reçue');
    expect(fill(fr, { n: 2 }, 'fr')).toBe('2 activités reçues');
  });

  it('prefers an exact case, fills the placeholders around it, and formats # in the language', () => {
    const counted = '{n, plural, =0 {No Member} one {# Member} other {# Members}} of {of}';
    expect(fill(counted, { n: 0, of: 30 }, 'en')).toBe('No Member of 30');
    expect(fill(counted, { n: 1, of: 30 }, 'en')).toBe('1 Member of 30');
    expect(fill('{n, plural, other {# Membres}}', { n: 1500 }, 'fr').replace(/\s/g, ' ')).toBe('1 500 Membres');
  });

  it('leaves a placeholder with no value visible rather than dropping it', () => {
    expect(fill('{n, plural, one {# item} other {# items}} of {of}', {}, 'en')).toBe(
      '{n, plural, one {# item} other {# items}} of {of}',
    );
  });
});

describe('switching language', () => {
  afterEach(() => {
    vi.doUnmock('./fr');
    vi.resetModules();
  });

  it('shows shared and view messages in the same language while French is still downloading', async () => {
    vi.resetModules();
    let arrive: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => {
      arrive = resolve;
    });
    vi.doMock('./fr', async () => {
      await arrived;
      return vi.importActual('./fr');
    });
    const { useI18n, useMessages } = await import('./i18n');
    const { usePreferencesActions } = await import('@/lib/preferences');
    const view = defineMessages({ en: { heading: 'Scorecard' }, fr: { heading: 'Fiche' } });
    let choose: (lang: 'fr') => void = () => undefined;
    function Probe() {
      const i18n = useI18n();
      const m = useMessages(view);
      choose = usePreferencesActions().languageChosen;
      return (
        <p>
          {m('heading')} / {i18n.t('loading')}
        </p>
      );
    }
    render(<Probe />);
    expect(screen.getByText('Scorecard / Loading the data…')).toBeInTheDocument();
    act(() => {
      choose('fr');
    });
    // French is asked for but not here yet: the whole page stays English rather than mixing the two.
    expect(screen.getByText('Scorecard / Loading the data…')).toBeInTheDocument();
    await act(async () => {
      arrive();
      await arrived;
    });
    expect(await screen.findByText('Fiche / Chargement des données…')).toBeInTheDocument();
  });
});
