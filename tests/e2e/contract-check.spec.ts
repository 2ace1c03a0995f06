// The contract check runs in a worker while the page decodes (api/contract-check.ts): nothing is drawn from data
// the check has not passed, a broken document is named as the page's own check names it, and where the worker
// cannot start the page checks the documents itself, with the same words.
import { expect, test, type Page } from '@playwright/test';
import { LINE } from './chart-lines';

const WORKER = '**/assets/contract-check.worker*.js';

/** observations.json with one submission's provenance outside the contract, which decoding alone would let by. */
async function breakProvenance(page: Page) {
  await page.route('**/api/v1/summary.json', (route) => route.fulfill({ status: 404, body: 'Not Found' }));
  await page.route('**/api/v1/observations.json', async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as { submissions: Record<string, unknown>[] };
    const fifth = json.submissions[5];
    if (fifth) fifth.provenance = 'guessed';
    await route.fulfill({ response, json });
  });
}

async function expectNamed(page: Page) {
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('observations.json', { timeout: 20_000 });
  await expect(alert).toContainText('submissions[5].provenance');
  await expect(page.locator(LINE)).toHaveCount(0);
}

test('a document the worker finds broken is named, and nothing is drawn from it', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await breakProvenance(page);
  await page.goto('/members/KEN?lang=en');
  await expectNamed(page);
  expect(workers.some((url) => url.includes('contract-check.worker'))).toBe(true);
});

test('where the worker cannot start, the page checks the documents itself, with the same words', async ({ page }) => {
  let refused = 0;
  await page.route(WORKER, (route) => {
    refused += 1;
    return route.fulfill({ status: 404, body: 'Not Found' });
  });
  await breakProvenance(page);
  await page.goto('/members/KEN?lang=en');
  await expectNamed(page);
  expect(refused).toBeGreaterThan(0);
});

test('with sound documents and no worker, the scorecard is drawn as with one', async ({ page }) => {
  await page.goto('/members/KEN?lang=en');
  const withWorker = page.getByRole('main');
  await expect(withWorker.locator(LINE).first()).toBeVisible({ timeout: 20_000 });
  const heading = await withWorker.getByRole('region').first().innerText();

  await page.route(WORKER, (route) => route.fulfill({ status: 404, body: 'Not Found' }));
  await page.reload();
  await expect(page.getByRole('main').locator(LINE).first()).toBeVisible({ timeout: 20_000 });
  expect(await page.getByRole('main').getByRole('region').first().innerText()).toBe(heading);
});
