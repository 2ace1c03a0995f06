// A view's heading and lead are part of the first paint, drawn by the app from the view's own strings while the
// view's code is still on its way; the code is asked for only once that paint is on screen (routes.tsx, issue 14).
import { expect, test } from '@playwright/test';
import { exploreHeading } from '@/features/explore/heading';
import { exploreMessages } from '@/features/explore/messages';
import { matrixHeading } from '@/features/matrix/heading';
import { withLang } from './routes';

for (const lang of ['en', 'fr'] as const) {
  test(`the Explorer's heading and lead are drawn while its code is held (${lang})`, async ({ page }) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const asked: number[] = [];
    await page.route(/\/assets\/explore-page-[\w-]+\.js$/, async (route) => {
      asked.push(await page.evaluate(() => performance.now()));
      await held;
      await route.continue();
    });
    await page.goto(withLang('/explore', lang));
    const heading = page.getByRole('heading', { level: 1, name: exploreHeading[lang].title });
    await expect(heading).toBeVisible();
    await expect(page.getByText(exploreHeading[lang].lead, { exact: true })).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(`^${exploreHeading[lang].title} – `));
    await expect(page.getByRole('status')).toBeVisible();
    // The view's code was asked for after the heading's paint, not alongside the code that paint needed.
    await expect.poll(() => asked.length).toBe(1);
    const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);
    expect(paint).toBeDefined();
    expect(asked[0]).toBeGreaterThan(paint ?? Number.POSITIVE_INFINITY);
    release();
    // The view takes over in the same place: one heading, and the controls under it.
    await expect(page.getByRole('combobox', { name: exploreMessages[lang]['measure.label'] })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(heading).toBeVisible();
  });
}

test('a link to another view in the app draws that view, heading included', async ({ page }) => {
  await page.goto('/explore');
  await expect(page.getByRole('combobox', { name: exploreMessages.en['measure.label'] })).toBeVisible();
  await page.getByRole('link', { name: matrixHeading.en.title }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: matrixHeading.en.title })).toBeVisible();
  await expect(page.getByText(matrixHeading.en.lead, { exact: true })).toBeVisible();
  await expect(page.getByRole('table').first()).toBeVisible();
});
