// The scorecard's "The way to the next rating" on three Members picked from the served data — one whose area or
// Index is null for lack of reports — shows each score's smallest changes and resulting score as the engine has them.
import { expect, test, type Page } from '@playwright/test';
import { latestClosedCycle } from '@/domain/framework';
import { nextRatings, type NextRatingPath } from '@/domain/next-rating';
import { reportOf } from '@/domain/observations';
import { memberReferenceCycle } from '@/domain/ranking';
import { scoreDataset } from '@/domain/score-table';
import type { Dataset, Lang, Member } from '@/domain/types';
import { selectNextRating } from '@/features/scorecard/next-rating-model';
import { formatters } from '@/lib/i18n/format';
import { servedDataset } from './served-dataset';

interface Pick {
  readonly member: Member;
  readonly cycle: number;
  readonly paths: NextRatingPath[];
}

function picks(dataset: Dataset): Pick[] {
  const table = scoreDataset(dataset);
  return dataset.members.map((member) => {
    const cycle =
      memberReferenceCycle(table, member.code) ?? Math.max(latestClosedCycle(dataset.framework), member.joined);
    return { member, cycle, paths: nextRatings(dataset.framework, reportOf(dataset.observations, member.code, cycle)) };
  });
}

async function expectSection(page: Page, dataset: Dataset, pick: Pick, lang: Lang) {
  const model = selectNextRating(dataset, { code: pick.member.code, cycle: pick.cycle, lang });
  const section = page.getByRole('region', { name: model.title });
  // a guard for a loaded 2-core machine, not a measure: the scorecard can take seconds to arrive
  await expect(section).toBeVisible({ timeout: 30_000 });
  const items = section.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
  await expect(items.getByRole('heading', { level: 3 })).toHaveText(model.items.map((item) => item.heading));
  const fmt = formatters(lang);
  for (const [i, path] of pick.paths.entries()) {
    const claims = items.nth(i).getByRole('listitem');
    await expect(claims).toHaveText(model.items[i]?.claims ?? []);
    // each claim carries the resulting score the engine computed
    for (const [j, suggestion] of path.suggestions.entries()) {
      await expect(claims.nth(j)).toContainText(`(score ${fmt.score(suggestion.score)}`);
    }
  }
}

test('the way to the next rating matches the engine on three Members, one blocked by reporting', async ({ page }) => {
  // three scorecards in one test: a longer guard than the 60 s default on this shared 2-core machine
  test.setTimeout(120_000);
  await page.goto('/');
  const all = picks(await servedDataset(page));
  const blocked = all.find((pick) => pick.paths.some((path) => path.goal.kind === 'count'));
  const indexToBand = all.find(
    (pick) => pick.paths[0]?.measure.kind === 'index' && pick.paths[0].goal.kind === 'band' && pick !== blocked,
  );
  const twoChanges = all.find(
    (pick) => pick !== blocked && pick !== indexToBand && pick.paths.some((path) => (path.cost?.indicators ?? 0) >= 2),
  );
  const chosen = [blocked, indexToBand, twoChanges];
  expect(chosen.every((pick) => pick !== undefined)).toBe(true);
  const dataset = await servedDataset(page);
  for (const pick of chosen.filter((p): p is Pick => p !== undefined)) {
    await page.goto(`/members/${pick.member.code}`);
    await expectSection(page, dataset, pick, 'en');
  }
});

test('the way to the next rating in French', async ({ page }) => {
  await page.goto('/');
  const dataset = await servedDataset(page);
  const pick = picks(dataset).find((p) => p.paths.some((path) => path.goal.kind === 'count'));
  expect(pick).toBeDefined();
  await page.goto(`/members/${pick?.member.code ?? ''}?lang=fr`);
  const model = selectNextRating(dataset, { code: pick?.member.code ?? '', cycle: pick?.cycle ?? 0, lang: 'fr' });
  const section = page.getByRole('region', { name: model.title });
  await expect(section).toBeVisible({ timeout: 30_000 });
  await expect(section.getByRole('heading', { level: 3 })).toHaveText(model.items.map((item) => item.heading));
  await expect(section.getByRole('listitem').getByRole('listitem')).toHaveText(model.items.flatMap((i) => i.claims));
});
