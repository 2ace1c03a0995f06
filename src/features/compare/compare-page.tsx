// Compare (`/compare`): 2 to 6 Members side by side in one cycle, against world and region averages, with named
// peer groups saved on this device. Members, cycle and group name live in the link.
import { useMemo } from 'react';
import { I18nProvider } from 'react-aria-components';
import { DataBoundary } from '@/components/ui/data-boundary';
import { UrlNotice } from '@/components/ui/url-notice';
import { useDatasetView } from '@/lib/dataset-view';
import { useDocumentTitle } from '@/lib/document-title';
import { useI18n, useMessages } from '@/lib/i18n/i18n';
import { useViewState } from '@/lib/url-state';
import { CompareView } from './compare-view';
import { selectCompare, selectCompareFrame } from './compare-model';
import { COMPARE_MIGRATIONS, compareSpecOf, type CompareFrame } from './compare-state';
import { compareMessages } from './messages';
import './compare.css';

const OPTIONS = { migrations: COMPARE_MIGRATIONS };

export function ComparePage() {
  const t = useMessages(compareMessages);
  const { lang } = useI18n();
  const query = useDatasetView(selectCompareFrame);
  useDocumentTitle(t('title'));
  return (
    <I18nProvider locale={lang}>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <DataBoundary query={query}>{(frame) => <Comparison frame={frame} />}</DataBoundary>
    </I18nProvider>
  );
}

function Comparison({ frame }: { readonly frame: CompareFrame }) {
  const { lang } = useI18n();
  const { values, invalid, set } = useViewState(compareSpecOf, frame, OPTIONS);
  const input = useMemo(
    () => ({ members: values.members, cycle: values.cycle, lang }),
    [values.members, values.cycle, lang],
  );
  const { data: model } = useDatasetView(selectCompare, input);
  return (
    <>
      <UrlNotice invalid={invalid} />
      {model ? <CompareView model={model} group={values.group} onChange={set} /> : null}
    </>
  );
}
