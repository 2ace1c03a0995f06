// Offline use (DESIGN §7): after one visit the app and its last data are kept; reopening the app without a
// network shows that data with the date it was saved, and coming back online brings fresh data.
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { savedAt } from './saved-copy';

test.use({ serviceWorkers: 'allow' });

test('the app reopens offline with the saved data and its date, and refreshes once back online', async ({
  page,
  context,
}) => {
  const chart = page.getByRole('figure', { name: /World Security Index/ });
  await page.goto('/');
  await expect(chart).toBeVisible();
  // The service worker has kept the app, and the data has been saved.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => savedAt(page), { timeout: 15_000 }).not.toBeNull();
  const saved = await savedAt(page);

  await context.setOffline(true);
  await page.reload();
  await expect(chart).toBeVisible();
  const notice = page.getByRole('status', { name: 'Showing the data saved in this browser' });
  await expect(notice).toContainText('The data server could not be reached');
  const savedOn = await page.evaluate(
    (epoch) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(epoch),
    saved ?? 0,
  );
  await expect(notice).toContainText(`the copy saved on ${savedOn}`);
  // The notice is as accessible as the rest, in both themes.
  for (const theme of ['Light', 'Dark']) {
    await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: theme });
    const results = await new AxeBuilder({ page })
      .include('.data-notice')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(results.violations.map((violation) => `${theme}: ${violation.id}`)).toEqual([]);
  }

  // Other views open offline too, from the same saved data, in either language.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Members/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Kenya/ }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(
    page.getByRole('status', { name: 'Affichage des données enregistrées dans ce navigateur' }),
  ).toBeVisible();

  // Back online: fresh data replaces the saved copy without a reload or a click.
  await context.setOffline(false);
  await expect(page.getByRole('status', { name: /données enregistrées/ })).toHaveCount(0, { timeout: 20_000 });
  await expect(page.getByRole('link', { name: /Kenya/ }).first()).toBeVisible();
});
