// What a user sees on the Overview when the data is slow or fails for a reason that may pass: a specific message,
// Try again, timed retries, and recovery with no reload.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiBase } from '@/api/client';
import { REFRESH_RETRY_MS } from '@/api/dataset';
import { readCopy } from '@/api/saved-copy';
import { renderApp } from '../../../tests/render-app';
import { says, failure, fault, failureAlert, retryButton, expectRecovered } from './faults.test-support';

/** Fake timers for the scenarios that wait (slow answers, the 15 s time limit); real time still flows. */
function useFakeClock() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
  return userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
}

const savedCopyOfDataset = () => readCopy(apiBase());

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
    // The summary document draws it after the delay; the dataset (kept for offline use) follows once the page is
    // idle, after the same delay.
    await vi.advanceTimersByTimeAsync(3000);
    expect(await screen.findByRole('figure', { name: /World Security Index/ })).toBeInTheDocument();
    await vi.waitFor(
      async () => {
        await vi.advanceTimersByTimeAsync(500);
        expect(await savedCopyOfDataset()).toBeDefined();
      },
      { timeout: 5000 },
    );
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
