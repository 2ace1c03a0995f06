// The one HTTP client for the data contract: GET, JSON, a time limit, and a precise error for each failure.
import type * as z from 'zod/mini';
import type { ContractTexts } from './saved-copy';
import { contractError, describeIssue, formatPath, LoadError, type ContractIssue, type IssueLike } from './errors';

/** A request that hangs is abandoned after this long. */
export const REQUEST_TIMEOUT_MS = 15_000;

export interface FetchOptions {
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  /** `include` sends the browser's cookies to an API on another origin (config.json `credentials`). */
  readonly credentials?: RequestCredentials;
  /** Extra request headers (config.json `headers`); a custom header makes the browser ask CORS first. */
  readonly headers?: Readonly<Record<string, string>>;
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
  return parseDocument(document, await fetchDocumentText(base, document, options), schema);
}

/** Fetches one contract document's text, for a caller that validates it its own way. */
export function fetchDocumentText(base: string, document: string, options: FetchOptions = {}): Promise<string> {
  return fetchText(new URL(document, base.endsWith('/') ? base : `${base}/`).href, document, options);
}

/** The three contract documents' texts as they came, fetched together (the first failure is the one said). */
export async function fetchDocumentTexts(
  base: string,
  options: FetchOptions,
  known: { readonly framework?: string | undefined } = {},
): Promise<ContractTexts> {
  const [framework, members, observations] = await Promise.all([
    known.framework ?? fetchDocumentText(base, 'framework.json', options),
    fetchDocumentText(base, 'members.json', options),
    fetchDocumentText(base, 'observations.json', options),
  ]);
  return { framework, members, observations };
}

/** Parses and validates a document's text; exported for the import command and tests. */
export function parseDocument<S extends z.ZodMiniType>(document: string, text: string, schema: S): z.output<S> {
  const result = schema.safeParse(parseJson(document, text));
  if (!result.success) throw contractError(document, contractIssues(result.error.issues));
  return result.data;
}

/** A document's JSON, or the error that says it is a web page or malformed. */
export function parseJson(document: string, text: string): unknown {
  if (/^\s*</.test(text)) {
    throw new LoadError('not-json', document, 'the server sent a web page (HTML) where JSON data was expected');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new LoadError('malformed', document, `the JSON is malformed (${(error as Error).message})`);
  }
}

/** zod's issues in plain words, their paths under `prefix` (for an item checked on its own). */
export function contractIssues(
  issues: readonly (IssueLike & { readonly path: readonly PropertyKey[] })[],
  prefix: readonly PropertyKey[] = [],
): ContractIssue[] {
  return issues.map((issue) => ({ path: formatPath([...prefix, ...issue.path]), message: describeIssue(issue) }));
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
      response = await fetch(url, {
        signal,
        headers: { ...options.headers, Accept: 'application/json' },
        ...(options.credentials ? { credentials: options.credentials } : {}),
      });
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
