// The addresses a chart is shared by: its view's link, its embed (`/embed/<route>?<the view's query>`, which any
// site may frame — scripts/build/site.ts) and the <iframe> snippet that shows the embed in another page. Pure, so
// the menu that copies them and the embed that links back build the same addresses.
import type { Lang } from '@/domain/types';

/** The first path segment of every embed; scripts/build/site.ts's EMBED_SEGMENT, which the servers match. */
const EMBED = 'embed';
/** Which of a view's charts an embed shows, when the view has more than one (`?chart=regions`). */
export const CHART_PARAM = 'chart';

/** What an embed shows beyond the view's own query: one of its charts (none: its first) and a language. */
export interface EmbedChoice {
  readonly chart?: string | undefined;
  readonly lang?: Lang | undefined;
}

/** A query string with `name` set to `value` (or removed for undefined); commas kept readable (`KEN,FRA`). */
function withParam(search: string, name: string, value: string | undefined): string {
  const params = new URLSearchParams(search);
  if (value === undefined) params.delete(name);
  else params.set(name, value);
  const text = params.toString().replace(/%2C/gi, ',');
  return text ? `?${text}` : '';
}

/**
 * The embed of the view at `path` (router path, e.g. "/explore") with its `search`: "/embed/explore?measure=PAX.API".
 * `lang`, when the link has none, pins the embed to the language it was copied in.
 */
export function embedPath(path: string, search: string, { chart, lang }: EmbedChoice = {}): string {
  const rest = path.replace(/^\/+/, '');
  let query = withParam(search, CHART_PARAM, chart);
  if (lang && !new URLSearchParams(query).has('lang')) query = withParam(query, 'lang', lang);
  return `/${EMBED}/${rest}${query}`;
}

/** Whether a router path is an embed: "/embed", "/embed/…". */
export function isEmbed(path: string): boolean {
  return path === `/${EMBED}` || path.startsWith(`/${EMBED}/`);
}

/** The full view an embed shows a chart of: "/embed/explore?measure=X&chart=y" → "/explore?measure=X". */
export function fullViewPath(path: string, search: string): string {
  const rest = isEmbed(path) ? path.slice(EMBED.length + 1).replace(/^\/+/, '') : path.replace(/^\/+/, '');
  return `/${rest}${withParam(search, CHART_PARAM, undefined)}`;
}

/** A router path as an absolute address of the app served at `origin` under `base` ("/" or "/prefix/"). */
export function absoluteUrl(origin: string, base: string, path: string): string {
  return `${origin}${base}${path.replace(/^\/+/, '')}`;
}

const escapeAttribute = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The HTML that shows an embed in another page: 600 × 400, narrower on a narrow screen, named for screen readers. */
export function embedSnippet(src: string, title: string): string {
  return (
    `<iframe src="${escapeAttribute(src)}" width="600" height="400" title="${escapeAttribute(title)}" ` +
    `loading="lazy" style="max-width: 100%; border: 0"></iframe>`
  );
}
