// `config.json` beside index.html sets the contract's base URL at run time, so one build serves any
// deployment: `{ "apiBase": "https://data.example.org/security/v1" }`. Read once, before the app renders.
// No file (or the host's index.html in its place) means the build-time default; a broken file is an error.
// An API that needs a login adds `"credentials": "include"` (the browser sends its cookies for the API, which
// must then answer CORS with credentials) and, if it wants them, extra request `headers` (README, "Deploy").
import { parseDocument } from './client';
import { runtimeConfigSchema, type RuntimeConfig } from './runtime-config-schema';

export type { RuntimeConfig };

let loaded: RuntimeConfig = {};

export function runtimeConfig(): RuntimeConfig {
  return loaded;
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

export async function loadRuntimeConfig(): Promise<void> {
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
