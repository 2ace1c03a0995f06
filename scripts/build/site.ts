// What a deployment of the built app depends on, in one place: the path it is served under (BASE_PATH) and the
// security headers every server must send. vite.config.ts uses it for the build and for `npm start`
// (vite preview), scripts/build/nginx-conf.ts writes the same values into the nginx configuration, and a test
// compares the headers both servers really send.

/** Characters allowed in BASE_PATH: it ends up in URLs, in a router basename and in nginx `location`s. */
const SAFE_PATH = /^\/(?:[A-Za-z0-9._~-]+\/)*$/;

/**
 * The path prefix the app is served under, as Vite's `base` wants it: "/" or "/a/b/" (leading and trailing
 * slash). `BASE_PATH=/security-programme` is accepted and gets its trailing slash. Anything else — a relative
 * path, a full URL, `..`, spaces or characters that would need escaping — is refused with a message.
 */
export function basePath(value: string | undefined = process.env.BASE_PATH): string {
  if (value === undefined || value.trim() === '' || value.trim() === '/') return '/';
  const path = value.trim().endsWith('/') ? value.trim() : `${value.trim()}/`;
  const segments = path.split('/').filter(Boolean);
  if (!SAFE_PATH.test(path) || segments.some((segment) => segment === '.' || segment === '..')) {
    throw new Error(
      `BASE_PATH must be an absolute path such as /security-programme/ (letters, digits, ".", "_", "~", "-" ` +
        `between slashes), not "${value}"`,
    );
  }
  return path;
}

/** The API's origin when the contract is served from elsewhere (VITE_API_BASE), for connect-src. */
function apiOrigin(apiBase: string | undefined): string {
  if (!apiBase) return '';
  try {
    return ` ${new URL(apiBase).origin}`;
  } catch {
    return ''; // a path on the same origin
  }
}

/**
 * Content-Security-Policy (DESIGN §7): scripts only from the app's own files — no inline script, no eval.
 * Inline styles stay allowed: Recharts positions its tooltips and labels with style attributes.
 * The build puts this in a <meta> tag; `frame-ancestors` only works as a header (see securityHeaders).
 */
export function contentSecurityPolicy(apiBase: string | undefined = process.env.VITE_API_BASE): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // config.json may point the app at any HTTPS API at run time (one build, any deployment); local APIs too.
    `connect-src 'self' https: http://localhost:* http://127.0.0.1:*${apiOrigin(apiBase)}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * The app's embeds (`/embed/…`, src/app/embed-layout.tsx) are made to be framed by other sites; every other
 * address may not be framed at all (clickjacking). Each server answers a path with the headers of its kind.
 */
export const EMBED_SEGMENT = 'embed';

/** Whether `pathname` (as requested, query left out) is an embed under `base`: `<base>embed` or `<base>embed/…`. */
export function isEmbedPath(pathname: string, base: string = basePath()): boolean {
  const prefix = `${base}${EMBED_SEGMENT}`;
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}

export interface HeaderOptions {
  /** The build's VITE_API_BASE, whose origin the policy lets the app fetch. */
  readonly apiBase?: string | undefined;
  /** True for an embed's page: any site may frame it. */
  readonly embed?: boolean;
}

/** The headers every response of the app carries, from `npm start` and from nginx alike. */
export function securityHeaders({ apiBase = process.env.VITE_API_BASE, embed = false }: HeaderOptions = {}): Record<
  string,
  string
> {
  return {
    'Content-Security-Policy': `${contentSecurityPolicy(apiBase)}; frame-ancestors ${embed ? '*' : "'none'"}`,
    'X-Content-Type-Options': 'nosniff',
  };
}
