// The built app in a real Chromium: the Matrix for a chosen cycle, sorted by an area, shows the engine's
// numbers; a Member's link leads to its scorecard, and coming back restores the Matrix as it was.
import { expect, test } from '@playwright/test';
import { latestClosedCycle, scoredAreas } from '@/domain/framework';
import { groupMembers, memberScore, scoreDataset, WORLD } from '@/domain/score-table';
import { formatters } from '@/lib/i18n/format';
import { servedDataset } from './served-dataset';

test('sort the Matrix by an area, follow a Member to its scorecard and come back to the same Matrix', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  const dataset = await servedDataset(page);
  const table = scoreDataset(dataset);
  const cycle = latestClosedCycle(dataset.framework) - 1;
  const area = dataset.framework.areas.find((item) => item.code === 'PAX') ?? dataset.framework.areas[0];
  if (!area) throw new Error('the framework has no area');

  await page.goto(`/matrix?cycle=${cycle}&group=none`);
  await expect(page.getByRole('table', { name: new RegExp(`by Member, ${cycle}`) })).toBeVisible();

  // Sort by the area: highest first.
  await page.getByRole('button', { name: new RegExp(`^${area.name.en}`) }).click();
  const header = page.getByRole('columnheader', { name: new RegExp(`^${area.name.en}`) });
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(new RegExp(`sort=${area.code}`));

  const best = groupMembers(table, WORLD, cycle)
    .map((member) => ({ member, score: memberScore(table, member.code, cycle, { kind: 'area', area: area.code }) }))
    .filter((entry): entry is { member: (typeof entry)['member']; score: number } => entry.score !== null)
    .sort((a, b) => b.score - a.score)[0];
  if (!best) throw new Error('nobody has a score in the area');
  // Member rows are the ones with a link to a scorecard (average rows have none).
  const memberRows = page.getByRole('row').filter({ has: page.getByRole('link') });
  const first = memberRows.first();
  const column = scoredAreas(dataset.framework).indexOf(area.code) + 1; // after the Index column
  await expect(first.getByRole('cell').nth(column)).toContainText(formatters('en').score(best.score));
  await page.screenshot({ path: 'test-results/matrix.png', fullPage: false });

  // Follow the first Member to its scorecard (built by another view: only the address is checked).
  const link = first.getByRole('link');
  const name = (await link.textContent()) ?? '';
  const href = (await link.getAttribute('href')) ?? '';
  expect(href).toMatch(/^\/members\/[A-Z0-9]+$/);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // Back: the same cycle, the same sort, the same first Member.
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`cycle=${cycle}`));
  await expect(page.getByRole('table', { name: new RegExp(`by Member, ${cycle}`) })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: new RegExp(`^${area.name.en}`) })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(memberRows.first().getByRole('link')).toHaveText(name);
  expect(errors).toEqual([]);
});

test('the Matrix reads in French and keeps its controls usable by keyboard', async ({ page }) => {
  await page.goto('/matrix?lang=fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Matrice');
  await page.getByRole('button', { name: /Cycle/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listbox')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/cycle=/);
  await page.screenshot({ path: 'test-results/matrix-fr.png', fullPage: false });
});
