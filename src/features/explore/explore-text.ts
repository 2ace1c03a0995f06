// The explorer's words, as pure functions of the data and the language: measure and series names, the chart's
// title, subtitle and text summary, and the names downloads are given. The model (explore-model.ts) and the
// pickers ask these, so the box, the heading and the file all name a measure the same way.
import type { Area, Lang, Measure } from '@/domain/types';
import { createI18n, type I18n } from '@/lib/i18n/i18n';
import { translator, type Translate } from '@/lib/i18n/messages';
import type { MeasureOption } from './explore-frame';
import { summaryFacts, type ExploreSeries, type ExploreSeriesModel } from './explore-series';
import { exploreMessages, type ExploreMessageKey } from './messages';

export interface ExploreText {
  readonly i18n: I18n;
  readonly m: Translate<ExploreMessageKey>;
  /** Writes a plotted value (a score, count or change) as the chart, table and summary show it. */
  readonly format: (value: number) => string;
}

/** The shared and the explorer's messages in `lang`. */
export function exploreWords(lang: Lang): Pick<ExploreText, 'i18n' | 'm'> {
  return { i18n: createI18n(lang), m: translator(exploreMessages, lang) };
}

export function seriesLabel(series: ExploreSeries, { i18n, m }: Pick<ExploreText, 'i18n' | 'm'>): string {
  return series.name ? i18n.name(series.name) : m('series.world');
}

/** An option of the measure box: the Index, an area score, or an indicator (context ones with their unit). */
export function measureOptionText(option: MeasureOption, { i18n, m }: Pick<ExploreText, 'i18n' | 'm'>): string {
  if (option.indicator) {
    const name = i18n.name(option.indicator.name);
    const unit = option.indicator.unit;
    return unit ? `${name} (${m('measure.context', { unit: i18n.name(unit) })})` : name;
  }
  return option.area ? m('measure.area', { area: i18n.name(option.area.name) }) : m('measure.index');
}

/** A measure's name in headings. */
export function measureName(measure: Measure, areas: readonly Area[], { i18n, m }: Pick<ExploreText, 'i18n' | 'm'>) {
  if (measure.kind === 'index') return m('measure.index');
  if (measure.kind === 'area') {
    const area = areas.find((candidate) => candidate.code === measure.area);
    return m('measure.area', { area: area ? i18n.name(area.name) : measure.area });
  }
  return i18n.name(measure.indicator.name);
}

/** The unit of a context indicator in the current language, e.g. "seizures" or "USD"; empty for scores. */
export function unitName(measure: Measure, i18n: I18n): string {
  return measure.kind === 'indicator' && measure.indicator.unit ? i18n.name(measure.indicator.unit) : '';
}

export function exploreTitle(model: ExploreSeriesModel, measure: string, { m }: Pick<ExploreText, 'm'>): string {
  const { from, to, mode } = model.view;
  return mode === 'change'
    ? m('chart.titleChange', { measure, baseline: model.baselineCycle, from, to })
    : m('chart.title', { measure, from, to });
}

/** Unit, method and cycles; and a warning when the range reaches into the open, partly reported cycle. */
export function exploreSubtitle(
  model: ExploreSeriesModel,
  cycles: { readonly latest: number; readonly latestClosed: number },
  { i18n, m }: Pick<ExploreText, 'i18n' | 'm'>,
): string {
  const unit = unitName(model.measure, i18n);
  const score = model.unit === 'score';
  const parts: string[] = [];
  if (model.view.mode === 'change') {
    parts.push(m('subtitle.change', { baseline: model.baselineCycle, unitText: score ? m('subtitle.points') : unit }));
  }
  parts.push(score ? m('subtitle.score') : m('subtitle.count', { unit }));
  parts.push(m('subtitle.cycles', { from: model.view.from, to: model.view.to }));
  if (cycles.latest > cycles.latestClosed && model.view.to > cycles.latestClosed) {
    parts.push(m('subtitle.open', { cycle: cycles.latest }));
  }
  return parts.join(' · ');
}

/** Downloads are named after the measure ("security-index", an area or indicator code, "-change" in change mode). */
export function fileMeasure(model: ExploreSeriesModel): string {
  const { measure, view } = model;
  const name =
    measure.kind === 'index'
      ? 'security-index'
      : measure.kind === 'area'
        ? `area-${measure.area}`
        : measure.indicator.code;
  return view.mode === 'change' ? `${name}-change` : name;
}

/** …and after the groups shown: "world", then region and Member codes. */
export function fileGroup(model: ExploreSeriesModel): string {
  const codes = model.series.map((series) => (series.kind === 'world' ? 'world' : series.key));
  // A long selection would make an unwieldy name: the first few codes and a count say enough.
  return (codes.length > 8 ? [...codes.slice(0, 8), `${codes.length - 8}-more`] : codes).join('-');
}

/** One or two sentences from the same series the chart draws. */
export function exploreSummary(model: ExploreSeriesModel, text: ExploreText): string {
  const { m, format } = text;
  const facts = summaryFacts(model);
  const parts: string[] = [];
  if (facts.world) {
    const { from, to } = facts.world;
    parts.push(
      model.view.mode === 'change'
        ? m('summary.worldChange', { last: to.cycle, to: format(to.value ?? 0), baseline: model.baselineCycle })
        : m('summary.world', {
            from: format(from.value ?? 0),
            first: from.cycle,
            to: format(to.value ?? 0),
            last: to.cycle,
          }),
    );
  } else {
    parts.push(m('summary.noWorld'));
  }
  if (facts.highest && facts.lowest && facts.cycle !== null) {
    parts.push(
      m('summary.regions', {
        cycle: facts.cycle,
        high: seriesLabel(facts.highest.series, text),
        highValue: format(facts.highest.point.value ?? 0),
        low: seriesLabel(facts.lowest.series, text),
        lowValue: format(facts.lowest.point.value ?? 0),
      }),
    );
  }
  if (facts.membersWithoutData.length > 0) {
    parts.push(m('summary.noData', { names: facts.membersWithoutData.map((s) => seriesLabel(s, text)).join(', ') }));
  }
  return parts.join(' ');
}
