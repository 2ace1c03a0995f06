// Data kept through faults (DESIGN §7): after one good visit the data is saved in the browser; a later visit
// that cannot reach the server shows that copy with its date, and fresh data replaces it once the server
// answers. Data already on screen stays when a refresh fails, with its age.
// eslint-disable-next-line testing-library/no-manual-cleanup -- a second visit within one test needs the first gone
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { handlersFor } from '@mocks/handlers';
import { server } from '@mocks/node';
import { apiBase } from '@/api/client';
import { readCopy } from '@/api/saved-copy';
import { serveSmallDataset } from '../../tests/fixtures/serve-small-dataset';
import { smallDataset } from '../../tests/fixtures/small-dataset';
import { renderApp } from '../../tests/render-app';
import { age } from './data-notice';

const figure = () => screen.findByRole('figure', { name: /World Security Index/ }, { timeout: 5000 });

/** One good visit, then wait until its copy is saved, then close the page. */
async function visitOnce(): Promise<number> {
  // Drawn from the dataset itself, which is what the copy keeps (with the summary it would load only once idle).
  serveSmallDataset({ summary: false });
  renderApp('/');
  await figure();
  const copy = await waitFor(
    async () => {
      const saved = await readCopy(apiBase());
      expect(saved).toBeDefined();
      return saved;
    },
    { timeout: 5000 },
  );
  // The first visit ends before the test's own visit begins, as a closed tab would.
  cleanup();
  return copy?.savedAt ?? Number.NaN;
}

describe('the saved copy of the data', () => {
  it('is shown, dated, when the server cannot be reached, and fresh data replaces it on retry', async () => {
    const savedAt = await visitOnce();
    server.use(...handlersFor('offline', undefined, smallDataset));
    renderApp('/');

    expect(await figure()).toBeInTheDocument();
    const notice = await screen.findByRole('status', { name: 'Showing the data saved in this browser' });
    expect(notice).toHaveTextContent('The data server could not be reached');
    const savedOn = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(savedAt);
    expect(notice).toHaveTextContent(`the copy saved on ${savedOn} (just now)`);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    server.resetHandlers();
    await userEvent.click(within(notice).getByRole('button', { name: 'Try again' }));
    await waitFor(() => {
      expect(screen.queryByRole('status', { name: 'Showing the data saved in this browser' })).not.toBeInTheDocument();
    });
    expect(screen.getByRole('figure', { name: /World Security Index/ })).toBeInTheDocument();
  });

  it('is also what a broken server gets replaced with, in French', async () => {
    await visitOnce();
    server.use(...handlersFor('malformed', undefined, smallDataset));
    renderApp('/?lang=fr');
    const notice = await screen.findByRole('status', {
      name: 'Affichage des données enregistrées dans ce navigateur',
    });
    expect(notice).toHaveTextContent('observations.json n’est pas un JSON valide');
    // Damaged data will not mend itself by retrying: no button.
    expect(within(notice).queryByRole('button')).not.toBeInTheDocument();
  });

  it('is not there on a first visit: the error shows', async () => {
    server.use(...handlersFor('offline', undefined, smallDataset));
    renderApp('/');
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'The data server could not be reached',
    );
  });
});

describe('a failed refresh', () => {
  it('keeps the data on screen and says how old it is', async () => {
    // Drawn from the dataset itself, so that its refresh is what fails (the summary document would draw it first).
    serveSmallDataset({ summary: false });
    const { queryClient } = renderApp('/');
    await figure();

    server.use(...handlersFor('server-error', undefined, smallDataset));
    await queryClient.refetchQueries({ queryKey: ['dataset'] });

    const notice = await screen.findByRole('status', { name: 'The data could not be refreshed' });
    expect(notice).toHaveTextContent('HTTP 500');
    expect(notice).toHaveTextContent('Still showing the data loaded on');
    expect(screen.getByRole('figure', { name: /World Security Index/ })).toBeInTheDocument();

    server.resetHandlers();
    serveSmallDataset({ summary: false });
    await userEvent.click(within(notice).getByRole('button', { name: 'Try again' }));
    await waitFor(
      () => {
        expect(screen.queryByRole('status', { name: 'The data could not be refreshed' })).not.toBeInTheDocument();
      },
      { timeout: 5000 },
    );
  });
});

describe('the age of the data', () => {
  const now = Date.UTC(2026, 10, 28, 12, 0);
  it('reads as people say it, in both languages', () => {
    expect(age(now - 30_000, now, 'en', 'just now')).toBe('just now');
    expect(age(now - 5 * 60_000, now, 'en', '')).toBe('5 minutes ago');
    expect(age(now - 3 * 3_600_000 - 59 * 60_000, now, 'en', '')).toBe('3 hours ago');
    expect(age(now - 24 * 3_600_000, now, 'en', '')).toBe('yesterday');
    expect(age(now - 2 * 86_400_000, now, 'fr', '')).toBe('avant-hier');
    expect(age(now - 9 * 86_400_000, now, 'fr', '')).toBe('il y a 9 jours');
  });
});
