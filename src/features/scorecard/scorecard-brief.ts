// The scorecard as a PDF brief (lib/export/brief-spec.ts): who, the Index at a glance and its chart, the areas,
// the reporting gaps and every indicator — the model's own texts, in the language shown. Loaded on click.
import type { BriefBlock, BriefSpec } from '@/lib/export/brief-spec';
import { briefCitation, briefFooter, pageOf } from '@/lib/export/pdf-messages';
import { slug } from '@/lib/export/file-name';
import { paint } from '@/lib/chart/chart-config';
import type { DataSource, Lang } from '@/domain/types';
import { inLightTheme, resolvedColor } from '@/lib/export/inline-styles';
import type { ScorecardModel } from './scorecard-model';
import { wordsFor } from './scorecard-words';

export interface ScorecardBriefInput {
  readonly model: ScorecardModel;
  readonly lang: Lang;
  readonly source: DataSource | null;
  /** The Index chart's frame on the page. */
  readonly figure: HTMLElement | null;
}

export function scorecardBrief({ model, lang, source, figure }: ScorecardBriefInput): BriefSpec {
  const { t } = wordsFor(lang);
  const { index, cycle } = model;
  const title = t('print.title', { member: model.name });
  const averageNote = (gap: string | null, coverage: string) => (gap ? `${coverage} · ${gap}` : coverage);
  const blocks: BriefBlock[] = [
    {
      kind: 'figures',
      items: [
        {
          label: t('index.label', { cycle }),
          value: index.value === null ? t('index.none') : `${index.value} ${index.rating?.name ?? ''}`.trim(),
          note: `${index.trend.label} · ${model.indexChange}`,
        },
        {
          label: t('region.label', { region: model.regionName, cycle }),
          value: index.region.value,
          note: averageNote(index.region.gap, index.region.coverage),
        },
        {
          label: t('world.label', { cycle }),
          value: index.world.value,
          note: averageNote(index.world.gap, index.world.coverage),
        },
        { label: t('rank.label', { cycle }), value: model.rank.value, note: model.rank.note },
      ],
    },
    {
      kind: 'chart',
      title: model.chart.title,
      figure,
      height: 50,
      legend: Object.values(model.series).map((series) => ({
        label: series.label,
        color: figure ? inLightTheme(() => resolvedColor(paint(series.color), figure)) : '#1a2233',
        dashed: series.dashed ?? false,
      })),
    },
    { kind: 'heading', text: t('areas.title') },
    {
      kind: 'table',
      header: [t('pdf.area'), t('pdf.score'), t('pdf.trend'), model.regionName, t('area.world')],
      widths: [34, 18, 26, 11, 11],
      rows: model.areas.map((card) =>
        card.score
          ? [
              `${card.code} ${card.name}`,
              `${card.score.value}${card.score.figures.rating ? ` ${card.score.figures.rating.name}` : ''}`,
              [card.score.figures.trend.label, card.score.figures.change].filter(Boolean).join(' · '),
              card.score.figures.region.value,
              card.score.figures.world.value,
            ]
          : [`${card.code} ${card.name}`, t('area.noScore'), '', '', ''],
      ),
    },
    ...model.gaps.flatMap((gaps): BriefBlock[] => [
      {
        kind: 'paragraph',
        text: [
          `${t('gaps.title')} — ${gaps.heading}: ${gaps.summary}`,
          gaps.status ?? '',
          gaps.missingScored.length > 0 ? `${t('gaps.missingScored')} ${gaps.missingScored.join(', ')}.` : '',
          gaps.missingContext.length > 0 ? `${t('gaps.missingContext')} ${gaps.missingContext.join(', ')}.` : '',
        ]
          .filter(Boolean)
          .join(' '),
      },
    ]),
    { kind: 'heading', text: t('indicators.title') },
    {
      kind: 'table',
      header: [t('col.indicator'), t('col.value'), t('col.stage'), t('col.cycle'), t('col.provenance')],
      widths: [33, 17, 10, 6, 34],
      rows: model.indicators.flatMap((group) => [
        { group: group.name },
        ...group.lines.map((line) => [
          line.name,
          line.value,
          line.stage ?? t('pdf.context'),
          line.cycle,
          line.provenance,
        ]),
      ]),
    },
    { kind: 'paragraph', text: briefCitation(lang, source) },
  ];
  return {
    lang,
    fileName: `${slug(model.member.code)}-security-scorecard-${cycle}-${lang}.pdf`,
    title,
    subtitle: `${model.regionName} · ${model.member.code} · ${model.cycleNote}`,
    footer: briefFooter({ lang, source, cycle }),
    pageOf: pageOf(lang),
    blocks,
  };
}
