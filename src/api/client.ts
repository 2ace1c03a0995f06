// The one HTTP client for the data contract: GET, JSON, a time limit, and a precise error for each failure.
import type * as z from 'zod/mini';
import { describeIssue, formatPath, LoadError } from './errors';

/** A request that hangs is abandoned after this long. */
export const REQUEST_TIMEOUT_MS = 15_000;

export interface FetchOptions {
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
}

/**
 * The contract's absolute base URL: `apiBase` from config.json at run time, else VITE_API_BASE at build time,
 * else `api/v1` beside the app.
 */
export function apiBase(runtime?: string): string {
  const configured: unknown = import.meta.env.VITE_API_BASE;
  const base =
    runtime ?? (typeof configured === 'string' && configured !== '' ? configured : `${import.meta.env.BASE_URL}api/v1`);
  return new URL(base.endsWith('/') ? base : `${base}/`, document.baseURI).href;
}

/** Fetches one contract document and validates it against its schema. */
export async function fetchDocument<S extends z.ZodMiniType>(
  base: string,
  document: string,
  schema: S,
  options: FetchOptions = {},
): Promise<z.output<S>> {
  const text = await fetchText(new URL(document, base.endsWith('/') ? base : `${base}/`).href, document, options);
  return parseDocument(document, text, schema);
}

/** Parses and validates a document's text; exported for the import command and tests. */
export function parseDocument<S extends z.ZodMiniType>(document: string, text: string, schema: S): z.output<S> {
  if (/^\s*</.test(text)) {
    throw new LoadError('not-json', document, 'the server sent a web page (HTML) where JSON data was expected');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new LoadError('malformed', document, `the JSON is malformed (${(error as Error).message})`);
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: describeIssue(issue),
    }));
    const first = issues[0];
    const summary = first ? `${first.path || '(document)'}: ${first.message}` : 'does not match the contract';
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    throw new LoadError('contract', document, `breaks the data contract at ${summary}${more}`, { issues });
  }
  return result.data;
}

async function fetchText(url: string, document: string, options: FetchOptions): Promise<string> {
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
  // A plain timer rather than AbortSignal.timeout: the same behaviour, and tests can move it with fake timers.
  const controller = new AbortController();
  const { signal } = controller;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`no answer within ${timeoutMs} ms`, 'TimeoutError'));
  }, timeoutMs);
  const caller = options.signal;
  const cancel = () => {
    controller.abort(caller?.reason);
  };
  if (caller?.aborted) cancel();
  else caller?.addEventListener('abort', cancel, { once: true });
  const failure = (error: unknown): unknown => {
    if (timedOut) {
      return new LoadError('timeout', document, `no answer within ${Math.round(timeoutMs / 1000)} s`, { timeoutMs });
    }
    // The caller cancelled (the query was dropped): pass that on as it is, it is not a failure to report.
    if (signal.aborted) return error;
    return new LoadError('network', document, 'the server could not be reached');
  };
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
    } catch (error) {
      throw failure(error);
    }
    if (!response.ok) {
      throw new LoadError('http', document, `the server answered ${response.status} ${response.statusText}`.trim(), {
        status: response.status,
      });
    }
    try {
      return await bodyText(response, signal);
    } catch (error) {
      throw failure(error);
    }
  } finally {
    // The time limit covers the whole answer, body included; once it is read (or has failed) the timer goes.
    clearTimeout(timer);
    caller?.removeEventListener('abort', cancel);
  }
}

/** The body as text, given up when the signal aborts even where the fetch does not tie its body to the signal. */
async function bodyText(response: Response, signal: AbortSignal): Promise<string> {
  signal.throwIfAborted();
  let stop = (): void => undefined;
  const aborted = new Promise<never>((_, reject) => {
    stop = () => {
      reject(signal.reason as Error);
    };
    signal.addEventListener('abort', stop, { once: true });
  });
  try {
    return await Promise.race([response.text(), aborted]);
  } finally {
    signal.removeEventListener('abort', stop);
  }
}

export { formatPath };
