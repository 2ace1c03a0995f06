// Reporting (`/reporting`): how complete Members' returns are by region, Member and cycle; the open cycle's
// progress; indicators never reported; validated vs self-reported data.
import { useQuery } from '@tanstack/react-query';
import { datasetQueryOptions } from '@/api/dataset';
import { DataBoundary } from '@/components/ui/data-boundary';
import { Stat } from '@/components/ui/stat';
import { StatusPanel } from '@/components/ui/status-panel';
import { UrlNotice } from '@/components/ui/url-notice';
import { WORLD } from '@/domain/score-table';
import { useI18n, type I18n, useMessages } from '@/lib/i18n/i18n';
import { type Translate } from '@/lib/i18n/messages';
import { param, useUrlState } from '@/lib/url-state';
import { Select } from '@/components/ui/select';
import { CompletenessChart } from './completeness-chart';
import { MemberGrid } from './member-grid';
import { reportingMessages } from './messages';
import type { ReportingKey } from './reporting-keys';
import { selectReporting, type ReportingModel } from './reporting-model';
import { GapsTable, ProvenanceTable } from './reporting-tables';
import './reporting.css';

const spec = { region: param.code('') };

export function ReportingPage() {
  const i18n = useI18n();
  const m = useMessages(reportingMessages);
  const query = useQuery({ ...datasetQueryOptions(), select: selectReporting });
  return (
    <>
      <h1>{m('title')}</h1>
      <p className="lead">{m('lead')}</p>
      <DataBoundary query={query}>{(model) => <ReportingContent model={model} i18n={i18n} m={m} />}</DataBoundary>
    </>
  );
}

interface ContentProps {
  readonly model: ReportingModel;
  readonly i18n: I18n;
  readonly m: Translate<ReportingKey>;
}

function ReportingContent({ model, i18n, m }: ContentProps) {
  const { t, fmt } = i18n;
  const url = useUrlState(spec);
  const regionValid = url.values.region === '' || model.regions.some((item) => item.code === url.values.region);
  const region = regionValid ? url.values.region : '';
  const invalid = [...url.invalid, ...(regionValid ? [] : ['region'])];
  if (!model.hasData) {
    return (
      <StatusPanel tone="empty" title={t('empty.title')}>
        <p>{t('empty.body')}</p>
      </StatusPanel>
    );
  }
  const regionLabel =
    region === ''
      ? m('allRegions')
      : i18n.name(model.regions.find((r) => r.code === region)?.name ?? { en: region, fr: region });
  const inRegion = <T extends { member: { region: string } }>(rows: readonly T[]) =>
    region === '' ? rows : rows.filter((row) => row.member.region === region);
  const latestIndex = model.cycles.indexOf(model.latestClosed);
  const worldLatest = model.groups.find((group) => group.group === WORLD)?.cells[latestIndex];
  const latestProvenance = model.provenance.find((row) => row.cycle === model.latestClosed)?.shares;
  const gaps = inRegion(model.gaps);
  return (
    <>
      <UrlNotice invalid={invalid} />
      <dl className="stats">
        {model.open ? (
          <Stat
            label={m('openLabel', { cycle: model.open.cycle })}
            value={fmt.percent(model.open.completeness.share ?? 0)}
            note={m('openNote', { n: fmt.integer(model.open.submitting), of: fmt.integer(model.open.of) })}
          />
        ) : null}
        <Stat
          label={m('latestLabel', { cycle: model.latestClosed })}
          value={fmt.percent(worldLatest?.share ?? 0)}
          note={m('latestNote')}
        />
        {latestProvenance ? (
          <Stat
            label={m('validatedLabel', { cycle: model.latestClosed })}
            value={
              latestProvenance.validatedShare === null ? m('noData') : fmt.percent(latestProvenance.validatedShare)
            }
            note={m('validatedNote', {
              validated: fmt.integer(latestProvenance.validated),
              self: fmt.integer(latestProvenance.selfReported),
            })}
          />
        ) : null}
      </dl>
      <div className="reporting-controls">
        <Select
          label={m('region')}
          choices={[
            { id: '', label: m('allRegions') },
            ...model.regions.map((item) => ({ id: item.code, label: i18n.name(item.name) })),
          ]}
          value={region}
          onChange={(id) => {
            url.set({ region: id });
          }}
        />
      </div>
      <CompletenessChart model={model} region={region} i18n={i18n} m={m} />
      <section className="reporting-section" aria-labelledby="reporting-grid-title">
        <h2 id="reporting-grid-title">{m('gridTitle')}</h2>
        <MemberGrid
          caption={m('gridCaption', { region: regionLabel })}
          rows={inRegion(model.members)}
          cycles={model.cycles}
          openCycle={model.open?.cycle ?? null}
          i18n={i18n}
          m={m}
        />
      </section>
      <section className="reporting-section" aria-labelledby="reporting-gaps-title">
        <h2 id="reporting-gaps-title">{m('gapsTitle', { n: fmt.integer(gaps.length) })}</h2>
        <p>{m('gapsBody', { cycle: model.latestClosed })}</p>
        <GapsTable caption={m('gapsCaption', { region: regionLabel })} gaps={gaps} i18n={i18n} m={m} />
      </section>
      <section className="reporting-section" aria-labelledby="reporting-provenance-title">
        <h2 id="reporting-provenance-title">{m('provenanceTitle')}</h2>
        <ProvenanceTable rows={model.provenance} i18n={i18n} m={m} />
      </section>
    </>
  );
}
