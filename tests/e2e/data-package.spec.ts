// The Download menu's data package: a ZIP with the CSV shown, the full data of the measure, metadata.json and a
// README with the citation, checked against the domain engine on the data the build serves.
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { measureIndicators, measureOf } from '@/domain/measure-series';
import { groupValue } from '@/domain/measures';
import { scoresOf, WORLD } from '@/domain/score-table';
import type { Dataset, Measure } from '@/domain/types';
import { servedDataset } from './served-dataset';
import { LINE } from './chart-lines';

async function downloadPackage(page: Page, figure: Locator) {
  await expect(figure.locator(LINE).first()).toBeVisible({ timeout: 15_000 });
  await figure.getByRole('button', { name: /^(Download|Télécharger)/ }).click();
  const item = page.getByRole('menuitem', { name: /ZIP/ });
  const [file] = await Promise.all([page.waitForEvent('download'), item.click()]);
  const entries = unzipSync(new Uint8Array(readFileSync(await file.path())));
  // The byte-order mark is kept, to check that it is there.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const text = Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name, decoder.decode(bytes)]));
  return { name: file.suggestedFilename(), text };
}

function csvRows(text: string | undefined): string[][] {
  expect(text?.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<string[]>((text ?? '').slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** Rows of the full table: world and each region for every cycle, then each Member for every cycle it existed. */
function fullRowCount(dataset: Dataset): number {
  const { cycles } = scoresOf(dataset);
  const groups = (1 + dataset.framework.regions.length) * cycles.length;
  const members = dataset.members.reduce((sum, m) => sum + cycles.filter((cycle) => cycle >= m.joined).length, 0);
  return groups + members;
}

function observationsOf(dataset: Dataset, measure: Measure) {
  const codes = new Set(measureIndicators(dataset, measure).map((indicator) => indicator.code));
  const all = [...dataset.observations.values()].flatMap((byCycle) =>
    [...byCycle.values()].flatMap((report) => [...report.values()]),
  );
  return all.filter((observation) => codes.has(observation.indicator));
}

interface Metadata {
  measure: { code: string; name: string };
  unit: string;
  method: { text: string; url: string };
  cycles: { shown: [number, number]; first: number; latest: number };
  coverage: { cycle: number; n: number; of: number }[];
  asOf: string;
  provenance: { observations: number; validated: number; selfReported: number; provisional: number };
  source: { name: string; illustrative: boolean };
  licence: { id: string; text: string };
  citation: string;
}

test('the Overview’s chart downloads a data package with shown and full data, metadata and citation', async ({
  page,
}) => {
  const dataset = await servedDataset(page);
  await page.goto('/?lang=en');
  const figure = page.getByRole('figure', { name: /^World Security Index/ });
  const { name, text } = await downloadPackage(page, figure);
  expect(name).toMatch(/^security-index_world_\d{4}-\d{4}_en\.zip$/);
  const shownName = name.replace(/\.zip$/, '.csv');
  const fullName = name.replace(/^security-index_world_/, 'security-index-full_all_').replace(/\.zip$/, '.csv');
  expect(Object.keys(text).sort()).toEqual([shownName, fullName, 'README.txt', 'metadata.json'].sort());

  // The shown CSV is the chart's table.
  const shown = csvRows(text[shownName]);
  expect(shown[0]).toEqual(['Cycle', 'Value', 'Coverage']);
  expect(shown.length - 1).toBe(scoresOf(dataset).cycles.length);

  // The full CSV has every region, Member and cycle of the Index, with the engine's world values.
  const full = csvRows(text[fullName]);
  expect(full.length - 1).toBe(fullRowCount(dataset));
  const index = measureOf(dataset, 'INDEX');
  expect(index).not.toBeNull();
  const measure = index ?? { kind: 'index' };
  const latest = dataset.framework.cycles.latest;
  // Full precision; an empty cell where coverage is under 50%.
  const worldValues = full.filter((row) => row[1] === WORLD).map((row) => row[5]);
  expect(worldValues).toEqual(
    scoresOf(dataset).cycles.map((cycle) => String(groupValue(dataset, WORLD, cycle, measure).value ?? '')),
  );

  const metadata = JSON.parse(text['metadata.json'] ?? '{}') as Metadata;
  expect(metadata.measure).toEqual({ code: 'INDEX', kind: 'index', name: 'Security Index' });
  expect(metadata.unit).toBe('score 0–100');
  expect(metadata.method.text).toMatch(/mean over Members with a value/);
  expect(metadata.method.url).toMatch(/\/methodology\?lang=en$/);
  expect(metadata.cycles.first).toBe(dataset.framework.cycles.first);
  expect(metadata.cycles.latest).toBe(latest);
  expect(metadata.coverage).toEqual(
    scoresOf(dataset).cycles.map((cycle) => {
      const { n, of } = groupValue(dataset, WORLD, cycle, measure);
      return { cycle, n, of };
    }),
  );
  expect(metadata.asOf).toBe(dataset.source.asOf);
  const observations = observationsOf(dataset, measure);
  expect(metadata.provenance).toEqual({
    observations: observations.length,
    validated: observations.filter((o) => o.provenance === 'validated').length,
    selfReported: observations.filter((o) => o.provenance === 'self-reported').length,
    provisional: observations.filter((o) => o.status === 'provisional').length,
  });
  expect(metadata.source).toEqual({ name: dataset.source.name, illustrative: dataset.source.illustrative });
  expect(metadata.licence.id).toBe('CC-BY-4.0');
  expect(metadata.citation).toMatch(/^World Customs Organization \(\d{4}\)\. Security Programme Progress Dashboard/);

  const readme = text['README.txt'] ?? '';
  expect(readme).toContain(metadata.citation);
  expect(readme).toContain(metadata.licence.text);
  expect(readme).toContain('Illustrative data');
});

test('a context indicator’s data package in French holds it for every Member, in French, with the median method', async ({
  page,
}) => {
  const dataset = await servedDataset(page);
  const indicator = dataset.framework.indicators.find((candidate) => candidate.code === 'PAX.TRAINED');
  expect(indicator).toBeDefined();
  await page.goto('/explore?measure=PAX.TRAINED&lang=fr');
  const figure = page.getByRole('figure').first();
  const { name, text } = await downloadPackage(page, figure);
  expect(name).toMatch(/_fr\.zip$/);
  const metadata = JSON.parse(text['metadata.json'] ?? '{}') as Metadata;
  expect(metadata.measure.code).toBe('PAX.TRAINED');
  expect(metadata.measure.name).toBe(indicator?.name.fr);
  expect(metadata.unit).toBe(indicator?.unit?.fr);
  expect(metadata.method.text).toMatch(/médiane des Membres déclarants/);
  const fullName = Object.keys(text).find((file) => file.includes('-full_all_'));
  const full = csvRows(text[fullName ?? '']);
  expect(full[0]?.slice(0, 3)).toEqual(['Type', 'Code', 'Nom']);
  expect(full.length - 1).toBe(fullRowCount(dataset));
  expect(text['README.txt']).toContain('Organisation mondiale des douanes');
});
