// A second local server serving the contract under /v1/, as a live API would: CORS for any origin, or with
// credentials for exactly one origin, and optionally a login (a session cookie) and a header it requires.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIRequestContext } from '@playwright/test';

const DOCUMENTS = ['framework.json', 'members.json', 'observations.json'];

export interface ApiOptions {
  /** `none`: no CORS headers; `any`: `*`; `credentials`: the exact origin, with credentials allowed. */
  readonly cors: 'none' | 'any' | 'credentials';
  /** The app's origin, for `credentials` CORS (a wildcard is not allowed with credentials). */
  readonly origin?: string;
  /** A cookie `name=value` the API requires (else 401), or that must be sent and is the wrong one (403). */
  readonly session?: { readonly name: string; readonly value: string };
  /** A request header the API requires (its name lower-case), which makes the browser ask CORS first. */
  readonly header?: { readonly name: string; readonly value: string };
  /** observations.json is answered only once this settles: what the page shows before it came from elsewhere. */
  readonly holdObservations?: Promise<unknown>;
}

export interface Api {
  readonly base: string;
  /** What the API saw of each document request: its cookie header and whether it was refused. */
  readonly seen: { url: string; cookie: string | undefined; status: number }[];
  close(): Promise<void>;
}

function cookies(request: IncomingMessage): Map<string, string> {
  const jar = new Map<string, string>();
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name) jar.set(name, value.join('='));
  }
  return jar;
}

export async function startApi(documents: Record<string, string>, options: ApiOptions): Promise<Api> {
  const seen: Api['seen'] = [];
  const corsHeaders = (): Record<string, string> => {
    if (options.cors === 'any') return { 'Access-Control-Allow-Origin': '*' };
    if (options.cors === 'credentials') {
      return {
        'Access-Control-Allow-Origin': options.origin ?? '',
        'Access-Control-Allow-Credentials': 'true',
        Vary: 'Origin',
      };
    }
    return {};
  };
  const answer = (response: ServerResponse, status: number, body: string, extra: Record<string, string> = {}) => {
    response.writeHead(status, { 'Content-Type': 'application/json', ...corsHeaders(), ...extra }).end(body);
  };
  const serve = (request: IncomingMessage, response: ServerResponse) => {
    if (request.method === 'OPTIONS') {
      // The preflight for a custom header: say which headers and method may follow, for how long.
      const allowed = options.header ? options.header.name : '';
      answer(response, 204, '', {
        'Access-Control-Allow-Methods': 'GET',
        'Access-Control-Allow-Headers': allowed,
        'Access-Control-Max-Age': '600',
      });
      return;
    }
    const name = (request.url ?? '').replace(/^\/v1\//, '');
    let status = 200;
    if (options.session) {
      const sent = cookies(request).get(options.session.name);
      if (sent === undefined) status = 401;
      else if (sent !== options.session.value) status = 403;
    }
    if (options.header && request.headers[options.header.name] !== options.header.value) status = 400;
    const body = documents[name];
    if (status === 200 && body === undefined) status = 404;
    seen.push({ url: request.url ?? '', cookie: request.headers.cookie, status });
    if (status === 401) answer(response, 401, '{"error":"sign in"}', { 'WWW-Authenticate': 'Cookie realm="data"' });
    else if (status !== 200) answer(response, status, '{}');
    else answer(response, 200, body ?? '');
  };
  const server = createServer((request, response) => {
    const held = request.url?.endsWith('/observations.json') ? options.holdObservations : undefined;
    if (held) {
      void held.then(() => {
        serve(request, response);
      });
    } else serve(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

/**
 * The app's own documents, with a source name that shows on screen where the data came from; with `summary`, the
 * summary document the build made from them too (renamed alike), as a live API may serve one.
 */
export async function liveDocuments(request: APIRequestContext, sourceName: string, { summary = false } = {}) {
  const documents: Record<string, string> = {};
  const names = summary ? [...DOCUMENTS, 'summary.json'] : DOCUMENTS;
  for (const name of names) documents[name] = await (await request.get(`/api/v1/${name}`)).text();
  for (const name of ['observations.json', 'summary.json'].filter((name) => name in documents)) {
    const document = JSON.parse(documents[name] ?? '{}') as { source: { name: string } };
    document.source.name = sourceName;
    documents[name] = JSON.stringify(document);
  }
  return documents;
}
