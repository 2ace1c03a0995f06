// config.json as a deployment writes it: the API's address, credentials and extra headers; mistakes are named.
import { describe, expect, it } from 'vitest';
import { parseDocument } from './client';
import { requestSettings } from './runtime-config';
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
