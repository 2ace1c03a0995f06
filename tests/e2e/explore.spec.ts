// The built explorer in a real Chromium: a deep link restores the view, a change of measure is a new history
// entry, back and reload restore each view, and the map draws shapes and lists the Members it cannot draw.
import { expect, test, type Page } from '@playwright/test';
import { latestClosedCycle } from '@/domain/framework';
import { groupValue } from '@/domain/measures';
import { measureOf } from '@/domain/measure-series';
import { WORLD } from '@/domain/score-table';
import { formatters } from '@/lib/i18n/format';
import { servedDataset } from './served-dataset';
import { LINE } from './chart-lines';

const measureBox = (page: Page) => page.getByRole('combobox', { name: 'Measure' });

async function expectView(page: Page, measure: RegExp, members: string[]) {
  await expect(measureBox(page)).toHaveValue(measure);
  await expect(page.locator(`[data-chart-ready="true"] ${LINE}`).first()).toBeVisible();
  for (const member of members) {
    await expect(page.getByRole('grid', { name: 'Members shown' })).toContainText(member);
  }
}

test('a deep link, a change of measure, back and reload each show the right view', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/explore?measure=PAX.API&regions=EUR,WCA&members=KEN,FRA&from=2016');
  await expectView(page, /Advance Passenger Information/, ['Kenya', 'France']);
  await expect(page.getByRole('checkbox', { name: /Europe/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Americas/ })).not.toBeChecked();

  // The chart's table holds the engine's numbers.
  const dataset = await servedDataset(page);
  const cycle = latestClosedCycle(dataset.framework);
  const api = measureOf(dataset, 'PAX.API');
  if (!api) throw new Error('PAX.API is not in the served framework');
  const world = groupValue(dataset, WORLD, cycle, api).value;
  await page.getByRole('button', { name: 'Show table' }).click();
  await expect(page.getByRole('row', { name: /^World/ })).toContainText(formatters('en').score(world ?? 0));

  await measureBox(page).click();
  await measureBox(page).press('ControlOrMeta+a');
  await measureBox(page).pressSequentially('Passenger Name');
  await page.getByRole('option', { name: /Passenger Name Record/ }).click();
  await expect(page).toHaveURL(/measure=PAX\.PNR/);
  await expectView(page, /Passenger Name Record/, ['Kenya', 'France']);
  await expect(page).toHaveURL(/members=KEN%2CFRA|members=KEN,FRA/);

  await page.goBack();
  await expect(page).toHaveURL(/measure=PAX\.API/);
  await expectView(page, /Advance Passenger Information/, ['Kenya', 'France']);

  await page.reload();
  await expectView(page, /Advance Passenger Information/, ['Kenya', 'France']);
  await expect(page.getByRole('heading', { name: /, 2016–/ })).toBeVisible();

  await page.goForward();
  await expectView(page, /Passenger Name Record/, ['Kenya', 'France']);
  expect(errors).toEqual([]);
});

test('the map tab draws shapes and lists the Members it cannot draw', async ({ page }) => {
  await page.goto('/explore?tab=map&measure=PGS.MEMBER');
  const map = page.getByRole('group', { name: /^Map: .*(Programme Global Shield|PGS)/ });
  await expect(map).toBeVisible();
  expect(await map.locator('path').count()).toBeGreaterThan(150);
  await expect(map.getByRole('link', { name: /^Kenya: / })).toHaveCount(1);
  const undrawn = page.locator('.explore-map__undrawn');
  await expect(undrawn.getByRole('link', { name: 'Singapore' })).toBeVisible();
  await expect(undrawn.getByRole('link', { name: 'Malta' })).toBeVisible();
  await expect(undrawn.getByRole('link', { name: 'Kenya' })).toHaveCount(0);

  // Hover and keyboard focus show the value, coverage and provenance.
  await map.getByRole('link', { name: /^Brazil: / }).hover();
  await expect(page.locator('.explore-map__info')).toContainText('Brazil');
  await expect(page.locator('.explore-map__info')).toContainText(/indicators? reported/);
  await map.getByRole('link', { name: /^Kenya: / }).focus();
  await expect(page.locator('.explore-map__info')).toContainText('Kenya');

  // Kosovo has no ISO numeric code: it is found by name, not listed as undrawn.
  await expect(map.getByRole('link', { name: /^Kosovo: / })).toHaveCount(1);
  await page.screenshot({ path: 'test-results/explore-map.png', fullPage: true });
});

test('a new search in the measure box keeps every letter typed, and leaving it shows the chosen measure', async ({
  page,
}) => {
  // After choosing a measure far down the list, opening the list again used to scroll the page, which made
  // react-aria close the box and put the old name back over what was being typed ("Customs–Police agreementrategic").
  await page.goto('/explore');
  const box = measureBox(page);
  await box.click();
  await box.press('ControlOrMeta+a');
  await box.pressSequentially('Customs');
  await page.getByRole('option', { name: 'Customs–Police agreement', exact: true }).click();
  await expectView(page, /^Customs–Police agreement$/, []);
  await box.click();
  await box.press('ControlOrMeta+a');
  await box.pressSequentially('Strategic');
  await expect(box).toHaveValue('Strategic');
  await page.getByRole('option', { name: 'Strategic trade control (area score)', exact: true }).click();
  await expect(page).toHaveURL(/measure=STC/);
  await expectView(page, /^Strategic trade control \(area score\)$/, []);

  // Typing and then leaving without a choice puts the chosen measure's name back.
  await box.click();
  await box.press('ControlOrMeta+a');
  await box.pressSequentially('Zz');
  await expect(box).toHaveValue('Zz');
  await page.getByRole('heading', { level: 1 }).click();
  await expect(box).toHaveValue('Strategic trade control (area score)');
});

test('a click in the measure box opens its list, in sections by programme area, also when it has focus', async ({
  page,
}) => {
  await page.goto('/explore');
  const box = measureBox(page);
  await box.click();
  const list = page.getByRole('listbox');
  await expect(list.getByRole('group', { name: 'Passenger controls' })).toBeVisible();
  await expect(list.getByRole('option', { name: 'Security Index', exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(box).toBeFocused();
  await box.click();
  await expect(list).toBeVisible();
});
