// Text from data is text (DESIGN §7): Member names carrying markup, script URLs, right-to-left overrides and
// very long strings render inert on every view that shows names, and trigger no dialog or script.
import { expect, test } from '@playwright/test';

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(2)</script>',
  'javascript:alert(3)',
  '\u202Eevil\u202C',
  'A'.repeat(300),
];

test('hostile Member names render as inert text everywhere', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.route('**/api/v1/members.json', async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as { members: { code: string; name: { en: string; fr: string } }[] };
    json.members.forEach((member, i) => {
      const name = HOSTILE[i % HOSTILE.length] ?? '';
      member.name = { en: `${name} ${member.code}`, fr: `${name} ${member.code}` };
    });
    await route.fulfill({ response, json });
  });

  for (const path of [
    '/members',
    '/members/KEN',
    '/matrix',
    '/reporting',
    '/compare?members=KEN,FRA',
    '/methodology',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForTimeout(300);
    // The markup shows as characters, and no element was made from it.
    expect(await page.locator('img[src="x"]').count(), path).toBe(0);
    expect(await page.locator('main script').count(), path).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count(), path).toBe(0);
  }
  await page.goto('/members');
  await expect(page.getByText('<img src=x onerror=alert(1)>', { exact: false }).first()).toBeVisible();
  expect(dialogs).toEqual([]);
});
