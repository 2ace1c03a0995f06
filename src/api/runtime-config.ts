// `config.json` beside index.html sets the contract's base URL at run time, so one build serves any
// deployment: `{ "apiBase": "https://data.example.org/security/v1" }`. Read once, before the app renders.
// No file (or the host's index.html in its place) means the build-time default; a broken file is an error.
import * as z from 'zod/mini';
import { parseDocument } from './client';

export const runtimeConfigSchema = z.object({
  apiBase: z.optional(z.string().check(z.minLength(1))),
});

export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>;

let loaded: RuntimeConfig = {};

export function runtimeConfig(): RuntimeConfig {
  return loaded;
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
