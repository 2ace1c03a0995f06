// Each route names itself in the browser tab (WCAG 2.4.2), in English and French; a scorecard names its Member;
// Methodology shows the citation that every export carries.
import { expect, test } from '@playwright/test';
import { openRoute, withLang } from './routes';
import { servedDataset } from './served-dataset';

const APP = { en: 'Security Programme Progress', fr: 'Avancement du Programme de sécurité' };

const TITLES: readonly { path: string; en: string; fr: string }[] = [
  { path: '/', en: 'Overview', fr: 'Vue d’ensemble' },
  { path: '/explore', en: 'Explore trends', fr: 'Explorer les tendances' },
  { path: '/members', en: 'Members', fr: 'Membres' },
  { path: '/compare?members=KEN,FRA', en: 'Compare Members', fr: 'Comparer des Membres' },
  { path: '/matrix', en: 'Matrix', fr: 'Matrice' },
  { path: '/methodology', en: 'Methodology', fr: 'Méthodologie' },
  { path: '/no/such/page', en: 'Page not found', fr: 'Page introuvable' },
];

for (const lang of ['en', 'fr'] as const) {
  test(`every route has its own title, in ${lang}`, async ({ page }) => {
    const seen = new Set<string>();
    for (const route of TITLES) {
      await openRoute(page, withLang(route.path, lang));
      await expect(page).toHaveTitle(`${route[lang]} – ${APP[lang]}`);
      seen.add(await page.title());
    }
    expect(seen.size).toBe(TITLES.length);
  });
}

test('a scorecard’s title names its Member, in the language shown', async ({ page }) => {
  const dataset = await servedDataset(page);
  const kenya = dataset.members.find((member) => member.code === 'KEN');
  expect(kenya).toBeDefined();
  await openRoute(page, '/members/KEN?lang=en');
  await expect(page).toHaveTitle(`${kenya?.name.en ?? ''}: Security Programme scorecard – ${APP.en}`);
  await openRoute(page, '/members/KEN?lang=fr');
  await expect(page).toHaveTitle(`${kenya?.name.fr ?? ''} : fiche du Programme de sécurité – ${APP.fr}`);
});

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
