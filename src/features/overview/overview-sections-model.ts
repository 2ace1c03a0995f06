// The model of the Overview's sections below the fold, a pure `select` from its input (domain/overview-facts.ts) and the language: the
// adoption of key measures now and at the baseline, the Index by region with the world (chart config, rows,
// summary and table), and the programme areas' world figures from summariseSeries. Loaded with the sections'
// chunk, so that the first screen's bytes stay within budget.
import { latestClosedCycle, scoredAreas } from '@/domain/framework';
import { KEY_MEASURES, type OverviewInput } from '@/domain/overview-facts';
import { WORLD } from '@/domain/score-table';
import { summariseSeries } from '@/domain/summary';
import type { Lang } from '@/domain/types';
import type { ChartRow } from '@/lib/chart/chart-config';
import { groupSeriesConfig } from '@/lib/chart/group-series-config';
import { createI18n } from '@/lib/i18n/i18n';
import { translator } from '@/lib/i18n/messages';
import type { TableSpec } from '@/lib/table/table-spec';
import type { ChartModel } from '@/lib/chart/chart-model';
import { withChangeSummary } from '@/lib/chart/chart-summary';
import { overviewMessages, type OverviewMessageKey } from './messages';
import { areaTable, regionTable, type AreaRow, type GroupRow } from './overview-tables';

export interface KeyFigure {
  readonly code: string;
  readonly label: string;
  readonly value: string;
  readonly note: string;
}

export interface SectionsModel {
  readonly key: { readonly title: string; readonly lead: string; readonly figures: readonly KeyFigure[] };
  readonly regions: ChartModel<GroupRow>;
  readonly areas: { readonly title: string; readonly lead: string; readonly table: TableSpec<AreaRow> };
  readonly links: { readonly title: string; readonly explore: string; readonly transitions: string };
  /** The cycle the figures are for (the latest closed one), e.g. for the PDF brief's name. */
  readonly cycle: number;
}

/** The highest and lowest group by value in a cycle, among those with a value; null with fewer than two. */
export function extremes(groups: readonly GroupRow[], cycle: number) {
  const known = groups
    .map((group) => ({ group, value: group.series.find((point) => point.cycle === cycle)?.value ?? null }))
    .filter((entry): entry is { group: GroupRow; value: number } => entry.value !== null)
    .sort((a, b) => b.value - a.value);
  const high = known[0];
  const low = known.at(-1);
  return high && low && known.length > 1 ? { high, low } : null;
}

export function selectOverviewSections({ framework, facts }: OverviewInput, lang: Lang): SectionsModel {
  const i18n = createI18n(lang);
  const m = translator<OverviewMessageKey>(overviewMessages, lang);
  const { t, fmt, name } = i18n;
  const cycle = latestClosedCycle(framework);
  const baseline = framework.resolution.baselineCycle;
  const summarise = (series: Parameters<typeof summariseSeries>[0]) =>
    summariseSeries(series, { cycle, baselineCycle: baseline, bands: framework.ratingBands });

  const world: GroupRow = {
    code: WORLD,
    label: m('regions.world'),
    series: facts.index.world,
  };
  const regions: GroupRow[] = framework.regions.map((region) => ({
    code: region.code,
    label: name(region.name),
    series: facts.index.regions[region.code] ?? [],
  }));
  const cycles = world.series.map((point) => point.cycle);
  const first = cycles[0] ?? baseline;
  const last = cycles.at(-1) ?? cycle;
  const rows: ChartRow[] = cycles.map((year) => {
    const row: Record<string, number | null> = { cycle: year };
    for (const group of [world, ...regions])
      row[group.code] = group.series.find((p) => p.cycle === year)?.value ?? null;
    return row as ChartRow;
  });
  const range = extremes(regions, cycle);
  const worldNow = summarise(world.series).value;
  const regionsTitle = m('regions.title', { first, last });
  const drawn = {
    config: groupSeriesConfig(
      { key: WORLD, label: world.label },
      regions.map((region) => ({ key: region.code, label: region.label, short: region.code })),
    ),
    rows,
    facts: {
      bands: framework.ratingBands,
      coverage: Object.fromEntries(
        [world, ...regions].map((group) => [
          group.code,
          cycles.map((year) => group.series.find((point) => point.cycle === year)?.aggregate ?? null),
        ]),
      ),
    },
  };
  const areasTitle = m('areas.title', { cycle });

  return {
    key: {
      title: m('key.title'),
      lead: m('key.lead', { cycle, baseline }),
      figures: KEY_MEASURES.flatMap((code) => {
        const adoption = facts.adoption[code];
        if (!adoption) return [];
        const now = adoption.find((point) => point.cycle === cycle)?.adoption;
        const then = adoption.find((point) => point.cycle === baseline)?.adoption;
        if (!now || !then) return [];
        const was =
          then.rate === null
            ? m('key.wasInsufficient', { baseline })
            : m('key.was', { share: fmt.percent(then.rate), baseline });
        return [
          {
            code,
            label: m(`key.${code}`),
            value: now.rate === null ? t('coverage.insufficient', { n: now.n, of: now.of }) : fmt.percent(now.rate),
            note: `${was} · ${m('key.coverage', { n: fmt.integer(now.n), of: fmt.integer(now.of) })}`,
          },
        ];
      }),
    },
    regions: {
      title: regionsTitle,
      subtitle: m('regions.subtitle'),
      summary: withChangeSummary(
        range && worldNow !== null
          ? m('regions.summary', {
              cycle,
              high: fmt.score(range.high.value),
              highName: range.high.group.label,
              low: fmt.score(range.low.value),
              lowName: range.low.group.label,
              world: fmt.score(worldNow),
            })
          : m('regions.summaryShort', { cycle }),
        drawn,
        { i18n },
      ),
      footnote: t('footer.illustrative'),
      ...drawn,
      file: { measure: 'security-index', group: 'regions', cycles: [first, last] },
      measure: 'INDEX',
      table: regionTable(regionsTitle, cycles, [world, ...regions], { i18n, m }),
    },
    areas: {
      title: areasTitle,
      lead: m('areas.lead', { baseline }),
      table: areaTable(
        areasTitle,
        cycle,
        baseline,
        scoredAreas(framework).flatMap((code) => {
          const area = framework.areas.find((candidate) => candidate.code === code);
          if (!area) return [];
          const series = facts.areas[code] ?? [];
          const point = series.find((candidate) => candidate.cycle === cycle);
          const coverage = point ? { n: point.aggregate.n, of: point.aggregate.of } : null;
          return [{ area, summary: summarise(series), coverage }];
        }),
        { i18n, m },
      ),
    },
    links: {
      title: m('links.title'),
      explore: m('links.explore'),
      transitions: m('links.transitions', { baseline }),
    },
    cycle,
  };
}
