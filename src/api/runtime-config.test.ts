// config.json as a deployment writes it: the API's address, credentials and extra headers; mistakes are named.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseDocument } from './client';
import { loadRuntimeConfig, requestSettings, runtimeConfig, runtimeConfigReady } from './runtime-config';
import { runtimeConfigSchema } from './runtime-config-schema';

const parse = (json: unknown) => parseDocument('config.json', JSON.stringify(json), runtimeConfigSchema);

describe('config.json', () => {
  it('accepts an API that needs a login: credentials and extra headers', () => {
    const config = parse({
      apiBase: 'https://data.example.org/security/v1',
      credentials: 'include',
      headers: { 'X-Dashboard-Client': 'security-programme' },
    });
    expect(requestSettings(config)).toEqual({
      credentials: 'include',
      headers: { 'X-Dashboard-Client': 'security-programme' },
    });
  });

  it('asks for nothing special when it names neither', () => {
    expect(requestSettings(parse({ apiBase: 'https://data.example.org/v1' }))).toEqual({});
  });

  it.each([
    [{ credentials: 'always' }, /credentials/],
    [{ headers: { 'Bad Header': 'x' } }, /headers\.Bad Header/],
    [{ headers: { 'X-Ok': 'two\nlines' } }, /headers\.X-Ok: must be on one line/],
    [{ credential: 'include' }, /has unexpected fields/],
  ])('names what is wrong in %j', (json, message) => {
    expect(() => parse(json)).toThrow(message);
  });
});

describe('reading config.json', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('lets the data queries start only once config.json is read and the first paint is on screen', async () => {
    const json = { apiBase: 'https://data.example.org/v1' };
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(Response.json(json))),
    );
    let paint: () => void = () => undefined;
    const painted = new Promise<void>((resolve) => {
      paint = resolve;
    });
    const loading = loadRuntimeConfig(Promise.resolve(), painted);
    await vi.waitFor(() => {
      expect(runtimeConfig()).toEqual(json);
    });
    expect(runtimeConfigReady(), 'config.json is read, the page not yet painted').toBe(false);
    paint();
    await loading;
    expect(runtimeConfigReady()).toBe(true);
  });

  it('says at once that config.json is broken, without waiting for the paint', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response('{"apiBase": 1}', { headers: { 'Content-Type': 'application/json' } }))),
    );
    await expect(loadRuntimeConfig(Promise.resolve(), new Promise(() => undefined))).rejects.toThrow(/apiBase/);
  });
});
