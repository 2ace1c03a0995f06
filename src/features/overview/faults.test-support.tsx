// What the Overview's fault tests share: switching a fault on and off, the failure alert and its Try again, the
// messages a user reads, and what recovery looks like.
import { screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import { handlersFor } from '@mocks/handlers';
import { server } from '@mocks/node';
import type { Scenario } from '@mocks/scenarios';
import { apiBase } from '@/api/client';
import { runtimeConfig } from '@/api/runtime-config';
import { readCopy } from '@/api/saved-copy';
import type { Lang } from '@/domain/types';
import { translate, type MessageKey, type MessageParams } from '@/lib/i18n/i18n';
import { translator } from '@/lib/i18n/messages';
import { loadErrorMessages, type LoadErrorKey } from '@/lib/load-error/messages';
import { smallDataset } from '../../../tests/fixtures/small-dataset';

export const WORLD_CHART = { en: /World Security Index/, fr: /Indice de sécurité mondial/ } as const;

/** The message a user reads, from the app's own catalogues. */
export const says = (lang: Lang, key: MessageKey, params?: MessageParams) => translate(lang, key, params);
/** What a failed load says, from its own catalogue. */
export const failure = (lang: Lang, key: LoadErrorKey, params?: MessageParams) =>
  translator(loadErrorMessages, lang)(key, params);

/** The fault stays on until the test ends it, as a server or a connection would recover. */
export function fault(scenario: Scenario) {
  let current: Scenario = scenario;
  // The small hand-made dataset: what is checked is the failure and the recovery, not the figures.
  server.use(...handlersFor(() => current, '*/api/v1', smallDataset));
  return {
    end: () => {
      current = 'normal';
    },
  };
}

/** The failure alert on the page (the first one: every view shows the same failure in the same place). */
export async function failureAlert(timeout = 5000): Promise<HTMLElement> {
  return screen.findByRole('alert', {}, { timeout });
}

export function retryButton(alert: HTMLElement, lang: Lang = 'en') {
  return within(alert).getByRole('button', { name: failure(lang, 'error.retry') });
}

/**
 * The chart is back and the failure gone; the fresh data is kept in the browser for offline use (waiting for
 * that also stops the save landing in the next test's fresh IndexedDB).
 */
export async function expectRecovered(lang: Lang = 'en') {
  expect(await screen.findByRole('figure', { name: WORLD_CHART[lang] }, { timeout: 5000 })).toBeInTheDocument();
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  const base = apiBase(runtimeConfig().apiBase);
  await waitFor(async () => {
    expect(await readCopy(base)).toBeDefined();
  });
}
