// "Members like us" on a scorecard: the Members the engine finds closest at the baseline, in the table with links,
// and the link that opens exactly them in Compare, carried as a peer group.
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { membersLikeUs } from '@/domain/peers';
import { scoreDataset } from '@/domain/score-table';
import { servedDataset } from './served-dataset';

test('Members like us lists the engine’s closest Members and opens them in Compare', async ({ page }) => {
  await page.goto('/members/KEN');
  const dataset = await servedDataset(page);
  const like = membersLikeUs(scoreDataset(dataset), 'KEN');
  expect(like?.peers.length).toBe(5);
  const names = (like?.peers ?? []).map((peer) => peer.member.name.en);
  const section = page.getByRole('region', { name: 'Members like us' });
  // a guard for a loaded 2-core machine, not a measure
  await expect(section).toBeVisible({ timeout: 30_000 });
  await expect(section.getByRole('rowheader')).toHaveText(['Kenya', ...names]);
  for (const name of names) await expect(section.getByRole('link', { name, exact: true })).toBeVisible();

  await section.getByRole('link', { name: 'Open these Members in Compare' }).click();
  const codes = ['KEN', ...(like?.peers ?? []).map((peer) => peer.member.code)];
  await expect(page).toHaveURL(
    (url) => url.pathname === '/compare' && url.searchParams.get('members') === codes.join(','),
  );
  const headers = page.getByRole('table', { name: /Members compared in/ }).getByRole('columnheader');
  await expect(headers).toContainText(['Measure', 'Kenya', ...names, 'World']);
  await expect(page.getByText('Peer group: Members like Kenya')).toBeVisible();
});

// The route sweep's scorecard (every-route.spec.ts) may run before these lazy sections draw: here axe runs once they are on screen.
for (const colorScheme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'fr'] as const) {
    test(`the scorecard's next-rating and peer sections have no axe violation (${lang}, ${colorScheme})`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme });
      await page.goto(`/members/CIV?lang=${lang}`);
      const titles =
        lang === 'en'
          ? ['The way to the next rating', 'Members like us']
          : ['Le chemin vers la notation suivante', 'Des Membres comme nous'];
      for (const name of titles) await expect(page.getByRole('region', { name })).toBeVisible({ timeout: 30_000 });
      const results = await new AxeBuilder({ page })
        .include('#main')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .options({ resultTypes: ['violations'] })
        .analyze();
      expect(results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
    });
  }
}
