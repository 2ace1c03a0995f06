// The built app in a real Chromium: find a Member, open its scorecard (numbers checked against the engine on the
// shipped data), compare two Members through a link that survives a reload, and print the scorecard to an A4 PDF
// of at most two pages without navigation.
import { expect, test } from '@playwright/test';
import { latestClosedCycle, scoredIndicators } from '@/domain/framework';
import { reportOf } from '@/domain/observations';
import { memberReferenceCycle, regionRank } from '@/domain/ranking';
import { groupAggregate, INDEX_MEASURE, memberScore, scoreDataset } from '@/domain/score-table';
import { formatters } from '@/lib/i18n/format';
import { servedDataset } from './served-dataset';
import { LINE } from './chart-lines';

/** Pages of a PDF: its `/Type /Page` objects (the page tree is `/Type /Pages`). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

test('from the Overview, search a Member and open its scorecard with the engine’s numbers', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: 'Members' }).click();
  await page.getByRole('searchbox', { name: 'Search by name or code' }).fill("cote d'ivoire");
  await expect(page.getByRole('status').filter({ hasText: 'Members shown' })).toHaveText('1 of 185 Members shown');
  await page.getByRole('link', { name: "Côte d'Ivoire" }).click();
  await expect(page).toHaveURL(/\/members\/CIV$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText("Côte d'Ivoire");

  const dataset = await servedDataset(page);
  const table = scoreDataset(dataset);
  const cycle = memberReferenceCycle(table, 'CIV');
  expect(cycle).not.toBeNull();
  const at = cycle ?? 0;
  const index = memberScore(table, 'CIV', at, INDEX_MEASURE) ?? Number.NaN;
  const region = groupAggregate(table, 'WCA', at, INDEX_MEASURE);
  const rank = regionRank(table, 'CIV', at);
  const fmt = formatters('en');
  await expect(page.locator('.stat', { hasText: `Security Index, ${at}` })).toContainText(fmt.score(index));
  await expect(page.locator('.stat', { hasText: `West and Central Africa average, ${at}` })).toContainText(
    fmt.score(region.value ?? Number.NaN),
  );
  await expect(page.locator('.stat', { hasText: `Position in the region, ${at}` })).toContainText(
    `${rank?.rank ?? '?'} of ${rank?.of ?? '?'}`,
  );
  await expect(page.locator(`.chart-frame ${LINE}`).first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('an unknown code gives a not-found page with the closest matches', async ({ page }) => {
  await page.goto('/members/KNYA');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No Member with the code “KNYA”');
  await page.getByRole('link', { name: 'Kenya' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Kenya');
});

test('add two Members to Compare, and the compare link survives a reload', async ({ page }) => {
  await page.goto('/members/KEN');
  await page.getByRole('link', { name: 'Compare with other Members' }).click();
  await expect(page).toHaveURL(/\/compare\?members=KEN$/);
  const picker = page.getByRole('combobox', { name: 'Add a Member' });
  await picker.fill('ugan');
  await page.getByRole('option', { name: /Uganda/ }).click();
  await picker.fill('TZA');
  await page.getByRole('option', { name: /Tanzania/ }).click();
  await expect(page).toHaveURL(/members=KEN%2CUGA%2CTZA|members=KEN,UGA,TZA/);
  const headers = page.getByRole('table', { name: /Members compared in/ }).getByRole('columnheader');
  await expect(headers).toContainText(['Measure', 'Kenya', 'Uganda', 'Tanzania', 'World']);

  await page.getByRole('textbox', { name: 'Peer group name' }).fill('East Africa');
  await page.getByRole('button', { name: 'Save peer group' }).click();
  await expect(page.getByText('Saved “East Africa” on this device.')).toBeVisible();
  await expect(page).toHaveURL(/group=East(\+|%20)Africa/);

  await page.reload();
  await expect(headers).toContainText(['Measure', 'Kenya', 'Uganda', 'Tanzania', 'World']);
  await expect(page.getByRole('link', { name: 'Open East Africa (3 Members)' })).toBeVisible();
  await expect(page.getByText('Peer group: East Africa')).toBeVisible();
});

test('“My administration” is remembered and offered back after a reload', async ({ page }) => {
  await page.goto('/members/KEN');
  const toggle = page.getByRole('button', { name: 'This is my administration' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/members');
  await expect(page.getByRole('row', { name: /Kenya/ })).toContainText('My administration');
  // The header's link is there on the Overview too, which draws from its summary, not the dataset.
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'My administration: Kenya' })).toHaveAttribute('href', '/members/KEN');
});

test('the scorecard prints as an A4 brief of at most two pages, without navigation', async ({ page }) => {
  await page.goto('/members/KEN');
  await expect(page.locator(`.chart-frame ${LINE}`).first()).toBeVisible();
  const dataset = await servedDataset(page);
  // Also the Member with the most unreported indicators in the latest closed cycle: the longest gap lists.
  const closed = latestClosedCycle(dataset.framework);
  const scored = scoredIndicators(dataset.framework);
  const gappiest = dataset.members
    .filter((member) => member.joined <= closed)
    .map((member) => ({
      code: member.code,
      missing: scored.filter((indicator) => !reportOf(dataset.observations, member.code, closed).has(indicator.code))
        .length,
    }))
    .sort((a, b) => b.missing - a.missing)[0];

  for (const code of ['KEN', gappiest?.code ?? 'FRA']) {
    await page.goto(`/members/${code}`);
    await expect(page.locator(`.chart-frame ${LINE}`).first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
    await expect(page.locator('.print-footer')).toBeVisible();
    await expect(page.locator('.print-footer')).toContainText('Illustrative data');
    await expect(page.locator('.print-footer')).toContainText('Method:');
    await expect(page.locator(LINE).first()).toBeVisible();
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdfPageCount(pdf);
    expect(pages, `${code} printed on ${pages} pages`).toBeGreaterThanOrEqual(1);
    expect(pages, `${code} printed on ${pages} pages`).toBeLessThanOrEqual(2);
    await page.emulateMedia({ media: 'screen' });
  }
});
