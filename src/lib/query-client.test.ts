// Retries back off, and only failures that may fix themselves are retried (DESIGN §7, issue #8).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { datasetQueryOptions } from '@/api/dataset';
import { LoadError } from '@/api/errors';
import { createQueryClient } from './query-client';

const BASE = 'http://localhost/api/v1/';

const networkDown = () => new LoadError('network', 'members.json', 'the server could not be reached');
const hung = () => new LoadError('timeout', 'members.json', 'no answer within 15 s', { timeoutMs: 15_000 });
const serverError = () => new LoadError('http', 'members.json', 'the server answered 500', { status: 500 });
const notFound = () => new LoadError('http', 'members.json', 'the server answered 404', { status: 404 });
const brokenContract = () =>
  new LoadError('contract', 'members.json', 'breaks the data contract', {
    issues: [{ path: 'members[0].region', message: 'expected string' }],
  });
const htmlPage = () => new LoadError('not-json', 'members.json', 'the server sent a web page');
const damaged = () => new LoadError('malformed', 'observations.json', 'the JSON is malformed');

function retryDelay(failures: number, error: Error): number {
  const delay = createQueryClient().getDefaultOptions().queries?.retryDelay;
  if (typeof delay !== 'function') throw new Error('the query client has no back-off function');
  return delay(failures, error);
}

/** The wait before a dataset retry: the dataset query's own back-off if it has one, else the client's. */
function backOff(failures: number, error: Error): number {
  const own = datasetQueryOptions(BASE).retryDelay;
  if (own === undefined) return retryDelay(failures, error);
  return typeof own === 'function' ? own(failures, error) : own;
}

function shouldRetry(failures: number, error: Error): boolean {
  const { retry } = datasetQueryOptions(BASE);
  if (typeof retry !== 'function') throw new Error('the dataset query has no retry rule');
  return retry(failures, error);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('retry back-off', () => {
  it('waits longer before each retry, up to a cap', () => {
    const delays = Array.from({ length: 12 }, (_, failures) => retryDelay(failures, networkDown()));
    expect(delays[0]).toBeGreaterThan(0);
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1] ?? 0);
    // The first retries really back off (not a flat delay) …
    expect(delays[1]).toBeGreaterThan(delays[0] ?? 0);
    expect(delays[2]).toBeGreaterThan(delays[1] ?? 0);
    // … and the wait stops growing: never more than 15 s between tries, however long the fault lasts.
    expect(Math.max(...delays)).toBeLessThanOrEqual(15_000);
    expect(retryDelay(50, networkDown())).toBe(delays.at(-1));
  });
});

describe('which dataset failures are retried', () => {
  it.each([
    ['the network is down', networkDown],
    ['the request hung', hung],
    ['the server failed (5xx)', serverError],
  ])('retries when %s, a few times, then gives up', (_, failure) => {
    expect(shouldRetry(0, failure())).toBe(true);
    expect(shouldRetry(2, failure())).toBe(true);
    expect(shouldRetry(3, failure())).toBe(false);
  });

  it.each([
    ['the contract is broken', brokenContract],
    ['a document is missing (404)', notFound],
    ['a web page came instead of data', htmlPage],
    ['the JSON is damaged', damaged],
  ])('does not retry when %s: bad data will not fix itself', (_, failure) => {
    expect(shouldRetry(0, failure())).toBe(false);
  });
});

describe('the dataset query with the app’s query client', () => {
  /** Runs the dataset query against a fetcher that always fails; returns when each attempt started (ms). */
  async function attemptTimes(failure: () => LoadError): Promise<{ times: number[]; error: unknown }> {
    vi.useFakeTimers();
    const start = Date.now();
    const times: number[] = [];
    const queryClient = createQueryClient();
    // The dataset query's own retry rules, with a fetcher that fails the given way.
    const { queryKey, retry, retryDelay, networkMode } = datasetQueryOptions(BASE);
    const result = queryClient
      .query({
        queryKey,
        retry,
        networkMode,
        // An explicit undefined would hide the client's default back-off.
        ...(retryDelay === undefined ? {} : { retryDelay }),
        queryFn: () => {
          times.push(Date.now() - start);
          throw failure();
        },
      })
      .then(
        () => null,
        (error: unknown) => error,
      );
    await vi.advanceTimersByTimeAsync(120_000);
    const error = await result;
    queryClient.clear();
    return { times, error };
  }

  it('backs off between the retries of a failing load, then reports the failure', async () => {
    const { times, error } = await attemptTimes(networkDown);
    expect(error).toBeInstanceOf(LoadError);
    expect(times.length).toBeGreaterThan(1);
    const gaps = times.slice(1).map((time, i) => time - (times[i] ?? 0));
    expect(gaps[0]).toBeGreaterThan(0);
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThan(gaps[i - 1] ?? 0);
    // The waits are the app's back-off, not the library's default.
    expect(gaps).toEqual(gaps.map((_, failures) => backOff(failures, networkDown())));
  });

  it('reports a broken contract at once, without retrying', async () => {
    const { times, error } = await attemptTimes(brokenContract);
    expect(error).toMatchObject({ kind: 'contract' });
    expect(times).toEqual([0]);
  });
});
