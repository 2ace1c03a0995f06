// The schema of config.json (src/api/runtime-config.ts), apart so that tests and tools can check a file.
import * as z from 'zod/mini';

/** Header names a page may set on a request (RFC 9110 tokens); the browser refuses forbidden ones itself. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export const runtimeConfigSchema = z.strictObject({
  apiBase: z.optional(z.string().check(z.minLength(1))),
  credentials: z.optional(z.enum(['omit', 'same-origin', 'include'])),
  headers: z.optional(
    z.record(
      z.string().check(z.regex(HEADER_NAME, 'must be an HTTP header name')),
      z.string().check(z.regex(/^[^\r\n]*$/, 'must be on one line')),
    ),
  ),
});

export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>;
