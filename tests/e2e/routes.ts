// Every route of the app, as the route sweep (every-route.spec.ts) visits it: one address per view (and per Explore
// tab), including a scorecard, a two-Member comparison and a not-found page, with the page's own part of the
// browser tab's title in each language (a scorecard's names its Member, from the data).
import { expect, type Page } from '@playwright/test';

export interface RouteCase {
  readonly name: string;
  readonly path: string;
  /** The title's page part, before " – " and the app's name; undefined where it comes from the data. */
  readonly title?: { readonly en: string; readonly fr: string };
}

const EXPLORE = { en: 'Explore trends', fr: 'Explorer les tendances' };

export const ROUTES: readonly RouteCase[] = [
  { name: 'Overview', path: '/', title: { en: 'Overview', fr: 'Vue d’ensemble' } },
  { name: 'Explore, chart', path: '/explore?tab=chart', title: EXPLORE },
  { name: 'Explore, table', path: '/explore?tab=table', title: EXPLORE },
  { name: 'Explore, map', path: '/explore?tab=map', title: EXPLORE },
  { name: 'Members', path: '/members', title: { en: 'Members', fr: 'Membres' } },
  { name: 'Scorecard', path: '/members/CIV' },
  { name: 'Compare', path: '/compare?members=KEN,FRA', title: { en: 'Compare Members', fr: 'Comparer des Membres' } },
  { name: 'Matrix', path: '/matrix', title: { en: 'Matrix', fr: 'Matrice' } },
  { name: 'Transitions', path: '/transitions', title: { en: 'Who moved up or down', fr: 'Qui a progressé ou reculé' } },
  { name: 'Reporting', path: '/reporting', title: { en: 'Reporting', fr: 'Déclarations' } },
  { name: 'Methodology', path: '/methodology', title: { en: 'Methodology', fr: 'Méthodologie' } },
  { name: 'Not found', path: '/no/such/page', title: { en: 'Page not found', fr: 'Page introuvable' } },
];

/** The app's name, after each page's own title in the browser tab. */
export const APP_TITLE = { en: 'Security Programme Progress', fr: 'Avancement du Programme de sécurité' };

/** The address with `lang` set, so the page opens in that language whatever the device remembered. */
export function withLang(path: string, lang: 'en' | 'fr'): string {
  return `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
}

/** Opens a route and waits until its view has drawn: a heading, no loading panel, no request in flight. */
export async function openRoute(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await page.waitForLoadState('networkidle');
}
