// What a user sees on the Overview in each fault scenario (mocks/scenarios.ts), that every failure offers Try again, that the rest of the app keeps working, and that recovery needs no reload.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handlersFor } from '@mocks/handlers';
import { server } from '@mocks/node';
import type { Scenario } from '@mocks/scenarios';
import { apiBase } from '@/api/client';
import { REFRESH_RETRY_MS } from '@/api/dataset';
import { runtimeConfig } from '@/api/runtime-config';
import { readCopy } from '@/api/saved-copy';
import { translate, type MessageKey, type MessageParams } from '@/lib/i18n/i18n';
import { translator } from '@/lib/i18n/messages';
import { loadErrorMessages, type LoadErrorKey } from '@/lib/load-error/messages';
import type { Lang } from '@/domain/types';
import { smallDataset } from '../../../tests/fixtures/small-dataset';
import { renderApp } from '../../../tests/render-app';

const WORLD_CHART = { en: /World Security Index/, fr: /Indice de sécurité mondial/ } as const;

/** The message a user reads, from the app's own catalogues. */
const says = (lang: Lang, key: MessageKey, params?: MessageParams) => translate(lang, key, params);
/** What a failed load says, from its own catalogue. */
const failure = (lang: Lang, key: LoadErrorKey, params?: MessageParams) =>
  translator(loadErrorMessages, lang)(key, params);

/** The fault stays on until the test ends it, as a server or a connection would recover. */
function fault(scenario: Scenario) {
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
async function failureAlert(timeout = 5000): Promise<HTMLElement> {
  return screen.findByRole('alert', {}, { timeout });
}

function retryButton(alert: HTMLElement, lang: Lang = 'en') {
  return within(alert).getByRole('button', { name: failure(lang, 'error.retry') });
}

/**
 * The chart is back and the failure gone; the fresh data is kept in the browser for offline use (waiting for
 * that also stops the save landing in the next test's fresh IndexedDB).
 */
async function expectRecovered(lang: Lang = 'en') {
  expect(await screen.findByRole('figure', { name: WORLD_CHART[lang] }, { timeout: 5000 })).toBeInTheDocument();
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  const base = apiBase(runtimeConfig().apiBase);
  await waitFor(async () => {
    expect(await readCopy(base)).toBeDefined();
  });
}

/** Fake timers for the scenarios that wait (slow answers, the 15 s time limit); real time still flows. */
function useFakeClock() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
  return userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('Overview when the data is slow', () => {
  it('shows that it is loading, then the chart', async () => {
    useFakeClock();
    fault('slow');
    renderApp('/');
    const loading = await screen.findByRole('status', { busy: true });
    expect(loading).toHaveTextContent(says('en', 'loading'));
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    await vi.advanceTimersByTimeAsync(3000);
    await expectRecovered();
    expect(screen.queryByRole('status', { busy: true })).not.toBeInTheDocument();
  });
});

describe('Overview when the data fails, for a fault that may pass', () => {
  it('server error: says the server failed with its status, offers a retry, and recovers when the server does', async () => {
    const server500 = fault('server-error');
    renderApp('/');
    const alert = await failureAlert();
    expect(alert).toHaveTextContent(failure('en', 'error.http', { status: 500 }));
    expect(alert).toHaveTextContent('HTTP 500');
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    server500.end();
    const button = retryButton(alert);
    expect(button).toBeInTheDocument();
    await userEvent.click(button);
    await expectRecovered();
  });

  it('timeout: gives up after the stated 15 s (and its retries), says so, and recovers on Try again', async () => {
    const user = useFakeClock();
    const hang = fault('timeout');
    renderApp('/');
    expect(await screen.findByRole('status', { busy: true })).toBeInTheDocument();
    // Just short of the time limit nothing has been given up yet.
    await vi.advanceTimersByTimeAsync(14_000);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // Each try is abandoned after 15 s; after the last retry the user is told.
    for (let second = 0; second < 120 && !screen.queryByRole('alert'); second++) {
      await vi.advanceTimersByTimeAsync(1000);
    }
    const alert = await failureAlert();
    expect(alert).toHaveTextContent(failure('en', 'error.timeout', { seconds: 15 }));
    expect(alert).toHaveTextContent('within 15 seconds');
    hang.end();
    const button = retryButton(alert);
    expect(button).toBeInTheDocument();
    await user.click(button);
    await expectRecovered();
  });

  it('timeout: a server that hangs once is retried by itself, and the user never sees an error', async () => {
    useFakeClock();
    const hang = fault('timeout');
    renderApp('/');
    expect(await screen.findByRole('status', { busy: true })).toBeInTheDocument();
    hang.end();
    await vi.advanceTimersByTimeAsync(15_000);
    await expectRecovered();
  });

  it('offline (in French): says the connection is down, offers a retry, and reloads when the connection returns', async () => {
    const offline = fault('offline');
    renderApp('/?lang=fr');
    const alert = await failureAlert();
    expect(alert).toHaveTextContent(failure('fr', 'error.network'));
    expect(alert).toHaveTextContent('Le serveur de données est injoignable');
    expect(retryButton(alert, 'fr')).toBeInTheDocument();
    // The message promises the dashboard will try again: it does, as soon as the browser is back online.
    offline.end();
    window.dispatchEvent(new Event('offline'));
    window.dispatchEvent(new Event('online'));
    await expectRecovered('fr');
  });

  it('server error: with no click at all, the next timed attempt recovers once the server does', async () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
      shouldAdvanceTime: true,
    });
    const server500 = fault('server-error');
    renderApp('/');
    await failureAlert();
    server500.end();
    await vi.advanceTimersByTimeAsync(REFRESH_RETRY_MS - 1000);
    expect(screen.getByRole('alert')).toBeInTheDocument();
    await vi.advanceTimersByTimeAsync(1000);
    await expectRecovered();
  });

  it('offline: Try again works once the connection is back', async () => {
    const offline = fault('offline');
    renderApp('/');
    const alert = await failureAlert();
    expect(alert).toHaveTextContent(failure('en', 'error.network'));
    offline.end();
    const button = retryButton(alert);
    expect(button).toBeInTheDocument();
    await userEvent.click(button);
    await expectRecovered();
  });
});

describe('Overview when the data is wrong: not retried by itself, but the user can try again', () => {
  it('malformed (in French): names the damaged document; Try again loads the download once it is whole', async () => {
    const broken = fault('malformed');
    renderApp('/?lang=fr');
    const alert = await failureAlert();
    expect(alert).toHaveTextContent('Les données sont endommagées : observations.json n’est pas un JSON valide.');
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    broken.end();
    const button = retryButton(alert, 'fr');
    expect(button).toBeInTheDocument();
    await userEvent.click(button);
    await expectRecovered('fr');
  });

  it('malformed: names the damaged document', async () => {
    fault('malformed');
    renderApp('/');
    const alert = await failureAlert();
    expect(alert).toHaveTextContent(failure('en', 'error.malformed', { document: 'observations.json' }));
    expect(alert).toHaveTextContent('observations.json');
  });

  it('html: recognises a web page where data was due; Try again works once the data is back', async () => {
    const broken = fault('html');
    renderApp('/');
    const alert = await failureAlert();
    expect(alert).toHaveTextContent(failure('en', 'error.not-json'));
    expect(alert).toHaveTextContent('sent a web page instead of data');
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    broken.end();
    await userEvent.click(within(alert).getByRole('button', { name: failure('en', 'error.retry') }));
    await expectRecovered();
  });

  it(
    'contract: names the document and the broken field, offers Try again; a fixed source shows on the next visit',
    { timeout: 15_000 },
    async () => {
      const broken = fault('contract');
      renderApp('/');
      const alert = await failureAlert();
      expect(alert).toHaveTextContent('members.json');
      expect(alert).toHaveTextContent('members[0].region');
      expect(within(alert).getByRole('button', { name: failure('en', 'error.retry') })).toBeInTheDocument();
      expect(screen.queryByRole('figure')).not.toBeInTheDocument();
      // No reload needed: going to another view and back loads the corrected data.
      broken.end();
      const nav = screen.getByRole('navigation', { name: says('en', 'nav.label') });
      await userEvent.click(within(nav).getByRole('link', { name: says('en', 'nav.methodology') }));
      await userEvent.click(within(nav).getByRole('link', { name: says('en', 'nav.overview') }));
      await expectRecovered();
    },
  );

  it('empty: says there is no data yet instead of drawing empty charts', async () => {
    fault('empty');
    renderApp('/');
    expect(await screen.findByRole('heading', { name: 'No data yet' })).toBeInTheDocument();
    expect(screen.getByText(says('en', 'empty.body'))).toBeInTheDocument();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('empty (in French): says there is no data yet', async () => {
    fault('empty');
    renderApp('/?lang=fr');
    expect(await screen.findByRole('heading', { name: 'Pas encore de données' })).toBeInTheDocument();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
  });
});

describe('the rest of the app during a fault', () => {
  it('still navigates and switches language, and the error follows the language', async () => {
    fault('server-error');
    renderApp('/');
    const alert = await failureAlert();
    expect(alert).toHaveTextContent(failure('en', 'error.http', { status: 500 }));

    await userEvent.click(screen.getByRole('button', { name: says('en', 'lang.fr') }));
    await waitFor(() => {
      expect(screen.getByRole('alert')).toHaveTextContent(failure('fr', 'error.http', { status: 500 }));
    });
    expect(screen.getByRole('alert')).toHaveTextContent('Le serveur de données a répondu par une erreur (HTTP 500).');
    expect(retryButton(screen.getByRole('alert'), 'fr')).toBeInTheDocument();

    const nav = screen.getByRole('navigation', { name: says('fr', 'nav.label') });
    await userEvent.click(within(nav).getByRole('link', { name: says('fr', 'nav.methodology') }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Méthodologie' })).toBeInTheDocument();
    // The Methodology view depends on the same data: it says the same thing in place, not a blank page.
    expect(await failureAlert()).toHaveTextContent(failure('fr', 'error.http', { status: 500 }));

    await userEvent.click(screen.getByRole('button', { name: says('fr', 'lang.en') }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Methodology' })).toBeInTheDocument();
  });
});
