// Compare (`/compare`): 2 to 6 Members side by side in one cycle, against world and region averages, with named
// peer groups saved on this device. Members, cycle and group name live in the link.
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { I18nProvider } from 'react-aria-components';
import { datasetQueryOptions } from '@/api/dataset';
import { DataBoundary } from '@/components/ui/data-boundary';
import { UrlNotice } from '@/components/ui/url-notice';
import type { Dataset } from '@/domain/types';
import { useI18n, useMessages } from '@/lib/i18n/i18n';
import { useUrlState } from '@/lib/url-state';
import { CompareView } from './compare-view';
import { compareModel } from './compare-model';
import { compareSpec } from './compare-state';
import { compareMessages } from './messages';
import './compare.css';

export function ComparePage() {
  const t = useMessages(compareMessages);
  const { lang } = useI18n();
  const { values, invalid, set } = useUrlState(compareSpec);
  const key = values.members.join(',');
  const cycle = values.cycle === 0 ? null : values.cycle;
  // The key, not the array, identifies the chosen Members: the select stays the same while the link does.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const select = useCallback((dataset: Dataset) => compareModel(dataset, values.members, cycle), [key, cycle]);
  const query = useQuery({ ...datasetQueryOptions(), select });
  return (
    <I18nProvider locale={lang}>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <UrlNotice invalid={invalid} />
      <DataBoundary query={query}>
        {(model) => <CompareView model={model} group={values.group} onChange={set} />}
      </DataBoundary>
    </I18nProvider>
  );
}
