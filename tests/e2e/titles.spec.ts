// Methodology shows the citation that every export carries, in English and French (each route's own title is
// checked by the route sweep, every-route.spec.ts).
import { expect, test } from '@playwright/test';
import { openRoute } from './routes';
import { servedDataset } from './served-dataset';

test('Methodology has a “Cite this data” block with the source, its date and a licence', async ({ page }) => {
  const dataset = await servedDataset(page);
  await openRoute(page, '/methodology?lang=en');
  const block = page.getByRole('region', { name: 'Cite this data' });
  const text = (await block.getByRole('blockquote').textContent()) ?? '';
  expect(text).toMatch(/^World Customs Organization \(\d{4}\)\. Security Programme Progress Dashboard/);
  expect(text).toContain(`Source: ${dataset.source.name}`);
  expect(text).toContain('[illustrative data]');
  expect(text).toContain(new URL('/?lang=en', page.url()).href);
  await expect(block).toContainText('CC BY 4.0');

  await openRoute(page, '/methodology?lang=fr');
  const fr = page.getByRole('region', { name: 'Citer ces données' });
  await expect(fr.getByRole('blockquote')).toContainText('Organisation mondiale des douanes');
  await expect(fr.getByRole('blockquote')).toContainText('[données illustratives]');
});
