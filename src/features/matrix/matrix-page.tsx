// The Matrix (`/matrix`): every Member × programme area (or scored indicator) for one cycle, by rating.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { datasetQueryOptions } from '@/api/dataset';
import { DataBoundary } from '@/components/ui/data-boundary';
import { RatingBadge } from '@/components/ui/rating-badge';
import { UrlNotice } from '@/components/ui/url-notice';
import { latestClosedCycle } from '@/domain/framework';
import { scoresOf, type ScoreTable } from '@/domain/score-table';
import type { Dataset } from '@/domain/types';
import { useI18n, type I18n, useMessages } from '@/lib/i18n/i18n';
import { type Translate } from '@/lib/i18n/messages';
import { useUrlState } from '@/lib/url-state';
import { Select } from '@/components/ui/select';
import { ChoiceToggle } from './choice-toggle';
import { buildMatrix, effectiveSort, matrixColumns, NAME_KEY, sortKeys } from './matrix-model';
import { LATEST, matrixSpec } from './matrix-state';
import { MatrixTable } from './matrix-table';
import { matrixMessages } from './messages';
import './matrix.css';

type MatrixKey = keyof (typeof matrixMessages)['en'];

const selectTable = (dataset: Dataset): ScoreTable => scoresOf(dataset);

export function MatrixPage() {
  const i18n = useI18n();
  const m = useMessages(matrixMessages);
  const query = useQuery({ ...datasetQueryOptions(), select: selectTable });
  return (
    <>
      <h1>{m('title')}</h1>
      <p className="lead">{m('lead')}</p>
      <DataBoundary query={query}>{(table) => <MatrixContent table={table} i18n={i18n} m={m} />}</DataBoundary>
    </>
  );
}

function MatrixContent({ table, i18n, m }: { table: ScoreTable; i18n: I18n; m: Translate<MatrixKey> }) {
  const url = useUrlState(matrixSpec);
  const { framework } = table.dataset;
  const latest = latestClosedCycle(framework);
  const { values } = url;
  // Values the spec alone cannot check (they depend on the loaded data) fall back here and are reported.
  const cycleValid = values.cycle === LATEST || table.cycles.includes(values.cycle);
  const regionValid = values.region === '' || framework.regions.some((region) => region.code === values.region);
  const sortValid = sortKeys(table).has(values.sort);
  const invalid = [
    ...url.invalid,
    ...(cycleValid ? [] : ['cycle']),
    ...(regionValid ? [] : ['region']),
    ...(sortValid ? [] : ['sort']),
  ];
  const cycle = cycleValid && values.cycle !== LATEST ? values.cycle : latest;
  const columns = matrixColumns(table, values.cols);
  const { sort, direction } = effectiveSort(columns, sortValid ? values.sort : NAME_KEY, values.dir);
  const region = regionValid ? values.region : '';
  const model = useMemo(
    () =>
      buildMatrix(table, {
        cycle,
        columns: values.cols,
        grouping: values.group,
        region,
        sort,
        direction,
        lang: i18n.lang,
      }),
    [table, cycle, values.cols, values.group, region, sort, direction, i18n.lang],
  );

  const cycleChoices = [...table.cycles].reverse().map((year) => ({
    id: String(year),
    label: year === framework.cycles.open ? m('cycleOpen', { cycle: year }) : String(year),
  }));
  const regionChoices = [
    { id: '', label: m('allRegions') },
    ...framework.regions.map((item) => ({ id: item.code, label: i18n.name(item.name) })),
  ];
  const previous = table.cycles.includes(cycle - 1) ? cycle - 1 : null;

  return (
    <>
      <UrlNotice invalid={invalid} />
      <div className="matrix-controls">
        <Select
          label={m('cycle')}
          choices={cycleChoices}
          value={String(cycle)}
          onChange={(id) => {
            const year = Number(id);
            url.set({ cycle: year === latest ? LATEST : year });
          }}
        />
        <Select
          label={m('region')}
          choices={regionChoices}
          value={region}
          onChange={(id) => {
            url.set({ region: id });
          }}
        />
        <ChoiceToggle
          label={m('grouping')}
          choices={[
            { id: 'region', label: m('groupRegion') },
            { id: 'none', label: m('groupNone') },
          ]}
          value={values.group}
          onChange={(id) => {
            url.set({ group: id === 'none' ? 'none' : 'region' });
          }}
        />
        <ChoiceToggle
          label={m('columns')}
          choices={[
            { id: 'areas', label: m('columnsAreas') },
            { id: 'indicators', label: m('columnsIndicators') },
          ]}
          value={values.cols}
          onChange={(id) => {
            url.set({ cols: id === 'indicators' ? 'indicators' : 'areas' });
          }}
        />
      </div>
      <p className="matrix-meta">
        {m('count', { n: i18n.fmt.integer(model.memberCount), cycle })}{' '}
        {previous !== null ? (
          <Link to={`/transitions?from=${previous}&to=${cycle}`}>{m('transitions', { from: previous })}</Link>
        ) : null}
      </p>
      <Legend table={table} i18n={i18n} m={m} />
      <MatrixTable
        model={model}
        caption={m(values.cols === 'areas' ? 'captionAreas' : 'captionIndicators', { cycle })}
        regions={framework.regions}
        sort={sort}
        direction={direction}
        onSort={(key) => {
          // A new column starts with its most useful order: names A→Z, scores highest first.
          const dir = key === sort ? (direction === 'asc' ? 'desc' : 'asc') : key === NAME_KEY ? 'asc' : 'desc';
          url.set({ sort: key, dir });
        }}
        i18n={i18n}
        m={m}
      />
      <p className="note matrix-rules">{m('rules', { n: 'n', of: 'N' })}</p>
    </>
  );
}

function Legend({ table, i18n, m }: { table: ScoreTable; i18n: I18n; m: Translate<MatrixKey> }) {
  const bands = table.dataset.framework.ratingBands;
  return (
    <div className="matrix-legend">
      <span className="matrix-legend__title">{m('legend')}</span>
      <ul>
        {bands.map((band, i) => {
          const next = bands[i + 1];
          return (
            <li key={band.code}>
              <RatingBadge
                code={band.code}
                label={m('band', {
                  name: i18n.name(band.name),
                  min: band.min,
                  max: next ? next.min - 1 : 100,
                })}
              />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
