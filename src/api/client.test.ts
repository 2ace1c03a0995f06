// The HTTP client as the dataset query uses it: each failure becomes a precise LoadError, and a request that
// hangs is abandoned after its stated time limit (fake timers stand in for the wait).
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handlersFor } from '@mocks/handlers';
import { server } from '@mocks/node';
import { illustrativeDataset } from '@mocks/dataset';
import { fetchDocument, REQUEST_TIMEOUT_MS } from './client';
import { LoadError } from './errors';
import { membersSchema } from './schemas/members';

const BASE = 'http://localhost/api/v1/';

function loadMembers(options?: Parameters<typeof fetchDocument>[3]) {
  return fetchDocument(BASE, 'members.json', membersSchema, options);
}

/** The LoadError a promise rejects with (fails the test if it resolves or rejects with something else). */
async function loadError(promise: Promise<unknown>): Promise<LoadError> {
  const error: unknown = await promise.then(
    () => new Error('expected the request to fail'),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(LoadError);
  return error as LoadError;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('fetchDocument', () => {
  it('returns the validated document', async () => {
    const members = await loadMembers();
    expect(members.members).toHaveLength(illustrativeDataset().members.members.length);
  });

  it('abandons a request that hangs after 15 s, saying so, and only then', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    server.use(...handlersFor('timeout'));
    let settled = false;
    const pending = loadMembers().finally(() => {
      settled = true;
    });
    const failed = loadError(pending);
    await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS - 1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await failed;
    expect(error.kind).toBe('timeout');
    expect(error.retryable).toBe(true);
    expect(error.details.timeoutMs).toBe(15_000);
    expect(error.message).toBe('members.json: no answer within 15 s');
  });

  it('keeps waiting for a slow answer within the limit', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    server.use(...handlersFor('slow'));
    const pending = loadMembers({ timeoutMs: 5000 });
    await vi.advanceTimersByTimeAsync(3000);
    expect((await pending).members.length).toBeGreaterThan(0);
  });

  it('honours a shorter time limit', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    server.use(...handlersFor('slow'));
    const failed = loadError(loadMembers({ timeoutMs: 2000 }));
    await vi.advanceTimersByTimeAsync(2000);
    const error = await failed;
    expect(error.kind).toBe('timeout');
    expect(error.details.timeoutMs).toBe(2000);
    expect(error.message).toBe('members.json: no answer within 2 s');
  });

  it('applies the time limit to a body that stops half-way', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    server.use(
      http.get(`${BASE}members.json`, () => {
        const stalled = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"members": ['));
          },
        });
        return new HttpResponse(stalled, { headers: { 'Content-Type': 'application/json' } });
      }),
    );
    const failed = loadError(loadMembers());
    await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS);
    expect((await failed).kind).toBe('timeout');
  });

  it('leaves no timer running once the answer is read', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await loadMembers();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('lets the caller cancel without reporting a failure', async () => {
    server.use(...handlersFor('timeout'));
    const caller = new AbortController();
    const pending = loadMembers({ signal: caller.signal });
    caller.abort();
    const error: unknown = await pending.catch((reason: unknown) => reason);
    expect(error).not.toBeInstanceOf(LoadError);
    expect(error).toMatchObject({ name: 'AbortError' });
  });

  it.each([
    ['offline', 'network', true],
    ['server-error', 'http', true],
    ['html', 'not-json', false],
    ['contract', 'contract', false],
  ] as const)('reports the %s scenario as a %s error (retryable: %s)', async (scenario, kind, retryable) => {
    server.use(...handlersFor(scenario));
    const error = await loadError(loadMembers());
    expect(error.kind).toBe(kind);
    expect(error.retryable).toBe(retryable);
    expect(error.document).toBe('members.json');
  });

  it('does not count a missing document (404) as worth retrying', async () => {
    server.use(http.get(`${BASE}members.json`, () => new HttpResponse(null, { status: 404, statusText: 'Not Found' })));
    const error = await loadError(loadMembers());
    expect(error.kind).toBe('http');
    expect(error.details.status).toBe(404);
    expect(error.retryable).toBe(false);
  });

  it('names the broken field of a contract-breaking document', async () => {
    server.use(...handlersFor('contract'));
    const error = await loadError(loadMembers());
    expect(error.details.issues?.[0]?.path).toBe('members[0].region');
  });
});

describe('fetchDocument for an API that needs a login', () => {
  it('sends the extra headers asked for, and keeps asking for JSON', async () => {
    let seen: Headers | undefined;
    let credentials: RequestCredentials | undefined;
    server.use(
      http.get(`${BASE}members.json`, ({ request }) => {
        seen = request.headers;
        credentials = request.credentials;
        return HttpResponse.json(illustrativeDataset().members);
      }),
    );
    await loadMembers({ headers: { 'X-Dashboard-Client': 'security-programme' }, credentials: 'include' });
    expect(seen?.get('x-dashboard-client')).toBe('security-programme');
    expect(seen?.get('accept')).toBe('application/json');
    expect(credentials).toBe('include');
  });

  it.each([401, 403])('names a refusal (%i) as such, and one that signing in may cure', async (status) => {
    server.use(http.get(`${BASE}members.json`, () => new HttpResponse(null, { status })));
    const error = await loadError(loadMembers());
    expect(error.kind).toBe('http');
    expect(error.refused).toBe(true);
    expect(error.retryable).toBe(true);
  });

  it('does not take a 404 for a refusal', async () => {
    server.use(http.get(`${BASE}members.json`, () => new HttpResponse(null, { status: 404 })));
    expect((await loadError(loadMembers())).refused).toBe(false);
  });
});
