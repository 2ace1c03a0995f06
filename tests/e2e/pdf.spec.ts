// The one-click PDF briefs: a real PDF (text, not a picture), A4, at most two pages for a scorecard, the footer
// on every page, in the language shown with its number formats — read back with poppler's pdfinfo and pdftotext.
import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { latestClosedCycle, scoredAreas } from '@/domain/framework';
import { memberReferenceCycle } from '@/domain/ranking';
import { groupValue } from '@/domain/measures';
import { INDEX_MEASURE, memberSeries, scoresOf, WORLD } from '@/domain/score-table';
import { summariseSeries } from '@/domain/summary';
import type { Dataset, ScoreMeasure } from '@/domain/types';
import { formatters } from '@/lib/i18n/format';
import { servedDataset } from './served-dataset';
import { LINE } from './chart-lines';

async function downloadPdf(page: Page) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByRole('button', { name: /^(Download PDF|Télécharger le PDF)$/ }).click(),
  ]);
  // Kept beside the test's other output, to look at.
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const pageText = (n: number) =>
    execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', path, '-'], { encoding: 'utf8' });
  return { name: file.suggestedFilename(), info, pages, pageText, path };
}

/** A score's figures as the scorecard computes them: up to its reference cycle, change since the baseline. */
function scoreFigures(dataset: Dataset, code: string, measure: ScoreMeasure = INDEX_MEASURE) {
  const table = scoresOf(dataset);
  const cycle = memberReferenceCycle(table, code) ?? latestClosedCycle(dataset.framework);
  const summary = summariseSeries(memberSeries(table, code, measure), {
    cycle,
    baselineCycle: dataset.framework.resolution.baselineCycle,
    bands: dataset.framework.ratingBands,
  });
  return { cycle, summary };
}

/** A Member and an area whose score fell since the resolution, so its change is printed with a minus sign. */
function fallenArea(dataset: Dataset): { code: string; change: number } {
  for (const member of dataset.members) {
    for (const area of scoredAreas(dataset.framework)) {
      const change = scoreFigures(dataset, member.code, { kind: 'area', area }).summary.change?.change ?? 0;
      // Below −0.05, so that it reads as a negative number at one decimal.
      if (change < -0.05) return { code: member.code, change };
    }
  }
  throw new Error('the served data has no Member with a fallen area score');
}

test('a scorecard downloads as an A4 PDF brief of at most two pages, in English', async ({ page }) => {
  const dataset = await servedDataset(page);
  const kenya = dataset.members.find((member) => member.code === 'KEN');
  const { cycle, summary } = scoreFigures(dataset, 'KEN');
  await page.goto('/members/KEN?lang=en');
  await expect(page.getByRole('figure').first().locator(LINE).first()).toBeVisible({
    timeout: 15_000,
  });
  const pdf = await downloadPdf(page);
  expect(pdf.name).toBe(`ken-security-scorecard-${cycle}-en.pdf`);
  expect(pdf.pages).toBeGreaterThanOrEqual(1);
  expect(pdf.pages).toBeLessThanOrEqual(2);
  expect(pdf.info).toMatch(/Page size:\s+595(\.\d+)? x 841(\.\d+)? pts \(A4\)/);
  const first = pdf.pageText(1);
  expect(first).toContain(`${kenya?.name.en ?? ''}: Security Programme scorecard`);
  expect(first).toContain(formatters('en').score(summary.value ?? Number.NaN));
  expect(first).toContain('Programme areas');
  for (let n = 1; n <= pdf.pages; n++) {
    const text = pdf.pageText(n).replace(/\s+/g, ' ');
    expect(text).toContain(`Page ${n} of ${pdf.pages}`);
    expect(text).toContain('Illustrative data');
    expect(text).toContain(`Data year: ${cycle}`);
    expect(text).toContain(`Source: ${dataset.source.name}`);
    expect(text).toContain('/methodology?lang=en');
    expect(text).toContain('/members/KEN?lang=en');
  }
  const all = Array.from({ length: pdf.pages }, (_, i) => pdf.pageText(i + 1)).join('\n');
  expect(all).toContain('Indicators');
  for (const indicator of dataset.framework.indicators.slice(0, 3))
    expect(all.replace(/\s+/g, ' ')).toContain(indicator.name.en);
  expect(all.replace(/\s+/g, ' ')).toContain('Cite as: World Customs Organization');
});

test('in French the brief speaks French, with accents and the minus sign intact', async ({ page }) => {
  const dataset = await servedDataset(page);
  const fallen = fallenArea(dataset);
  const code = fallen.code;
  const member = dataset.members.find((candidate) => candidate.code === code);
  const { cycle } = scoreFigures(dataset, code);
  await page.goto(`/members/${code}?lang=fr`);
  await expect(page.getByRole('figure').first().locator(LINE).first()).toBeVisible({
    timeout: 15_000,
  });
  const pdf = await downloadPdf(page);
  expect(pdf.name).toBe(`${code.toLowerCase()}-security-scorecard-${cycle}-fr.pdf`);
  expect(pdf.pages).toBeLessThanOrEqual(2);
  const text = Array.from({ length: pdf.pages }, (_, i) => pdf.pageText(i + 1))
    .join('\n')
    .replace(/\s+/g, ' ');
  expect(text).toContain(`${member?.name.fr ?? ''} : fiche du Programme de sécurité`);
  expect(text).toContain('Données illustratives');
  expect(text).toContain('Domaines du programme');
  // An area's change since the resolution: French decimal comma and the true minus sign.
  const change = formatters('fr').change(fallen.change);
  expect(change.startsWith('−')).toBe(true);
  expect(text).toContain(change);
  expect(text).toContain(`Page 1 sur ${pdf.pages}`);
});

for (const lang of ['en', 'fr'] as const) {
  test(`the Overview downloads as a PDF brief with its figures and both charts, in ${lang}`, async ({ page }) => {
    const dataset = await servedDataset(page);
    const cycle = latestClosedCycle(dataset.framework);
    await page.goto(`/?lang=${lang}`);
    // The regions' chart is below the first screen, not yet drawn: the brief draws it before copying it.
    await expect(page.getByRole('figure').nth(1)).toBeAttached({ timeout: 15_000 });
    const pdf = await downloadPdf(page);
    expect(pdf.name).toBe(`world-security-overview-${cycle}-${lang}.pdf`);
    expect(pdf.info).toMatch(/\(A4\)/);
    const text = Array.from({ length: pdf.pages }, (_, i) => pdf.pageText(i + 1))
      .join('\n')
      .replace(/\s+/g, ' ');
    const world = groupValue(dataset, WORLD, cycle, INDEX_MEASURE).value ?? Number.NaN;
    expect(text).toContain(formatters(lang).score(world));
    for (const region of dataset.framework.regions) expect(text).toContain(region.name[lang]);
    expect(text).toContain(lang === 'en' ? 'the world overview' : 'vue d’ensemble mondiale');
    expect(text).toContain(lang === 'en' ? `Page ${pdf.pages} of ${pdf.pages}` : `Page ${pdf.pages} sur ${pdf.pages}`);
    expect(text).toContain(lang === 'en' ? 'Illustrative data' : 'Données illustratives');
  });
}
