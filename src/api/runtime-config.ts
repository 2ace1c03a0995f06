// `config.json` beside index.html sets the contract's base URL at run time, so one build serves any
// deployment: `{ "apiBase": "https://data.example.org/security/v1" }`. Read once, while the app first renders.
// No file (or the host's index.html in its place) means the build-time default; a broken file is an error.
// An API that needs a login adds `"credentials": "include"` (the browser sends its cookies for the API, which
// must then answer CORS with credentials) and, if it wants them, extra request `headers` (README, "Deploy").
import { apiBase, parseDocument } from './client';
import { runtimeConfigSchema, type RuntimeConfig } from './runtime-config-schema';

export type { RuntimeConfig };

let loaded: RuntimeConfig = {};
// True unless a read of config.json is under way: the app renders at once and its data queries wait for this.
let ready = true;
const readyListeners = new Set<() => void>();

export function runtimeConfig(): RuntimeConfig {
  return loaded;
}

/** Whether config.json has been read (or needs no reading): until then the contract's base URL is unknown. */
export function runtimeConfigReady(): boolean {
  return ready;
}

/** Calls `listener` when config.json has been read; returns the unsubscribe function. */
export function onRuntimeConfigReady(listener: () => void): () => void {
  readyListeners.add(listener);
  return () => readyListeners.delete(listener);
}

function settle(): void {
  ready = true;
  for (const listener of readyListeners) listener();
}

/** How the contract's requests are made, as config.json asks: credentials and extra headers. */
export interface RequestSettings {
  readonly credentials?: RequestCredentials;
  readonly headers?: Readonly<Record<string, string>>;
}

export function requestSettings(config: RuntimeConfig = loaded): RequestSettings {
  return {
    ...(config.credentials ? { credentials: config.credentials } : {}),
    ...(config.headers ? { headers: config.headers } : {}),
  };
}

/**
 * Reads config.json once `after` has settled; the data queries wait from this call until it has been read and
 * `until` has settled too (the page's first paint: the data's downloads and work never delay it). A broken file
 * is thrown at once (the page says so).
 */
export async function loadRuntimeConfig(
  after: Promise<unknown> = Promise.resolve(),
  until: Promise<unknown> = Promise.resolve(),
): Promise<void> {
  ready = false;
  await after; // e.g. the development mock server, which must be up before any request
  await readRuntimeConfig();
  await until;
  settle();
}

async function readRuntimeConfig(): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`${import.meta.env.BASE_URL}config.json`, {
      headers: { Accept: 'application/json' },
      signal: AbortSignal.timeout(5000),
    });
  } catch {
    return; // offline or no answer: the defaults still work for a static deployment
  }
  const text = response.ok ? await response.text() : '';
  const isJson = (response.headers.get('Content-Type') ?? '').includes('json');
  if (!isJson || text.trim() === '') return;
  loaded = parseDocument('config.json', text, runtimeConfigSchema);
}

/** Where the contract's documents are asked for, and how: the base URL and the request settings, from config.json. */
export function contractTarget(): { readonly base: string; readonly request: RequestSettings } {
  return { base: apiBase(runtimeConfig().apiBase), request: requestSettings() };
}
