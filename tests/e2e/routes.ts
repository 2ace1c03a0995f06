// Every route of the app, as the accessibility and mobile-layout browser tests visit it: one address per view
// (and per Explore tab), including a scorecard, a two-Member comparison and a not-found page.
import { expect, type Page } from '@playwright/test';

export interface RouteCase {
  readonly name: string;
  readonly path: string;
}

export const ROUTES: readonly RouteCase[] = [
  { name: 'Overview', path: '/' },
  { name: 'Explore, chart', path: '/explore?tab=chart' },
  { name: 'Explore, table', path: '/explore?tab=table' },
  { name: 'Explore, map', path: '/explore?tab=map' },
  { name: 'Members', path: '/members' },
  { name: 'Scorecard', path: '/members/CIV' },
  { name: 'Compare', path: '/compare?members=KEN,FRA' },
  { name: 'Matrix', path: '/matrix' },
  { name: 'Transitions', path: '/transitions' },
  { name: 'Reporting', path: '/reporting' },
  { name: 'Methodology', path: '/methodology' },
  { name: 'Not found', path: '/no/such/page' },
];

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
