// Compare (`/compare`): 2 to 6 Members side by side in one cycle, against world and region averages, with named
// peer groups saved on this device. Members, cycle and group name live in the link.
import { useMemo } from 'react';
import { I18nProvider } from 'react-aria-components';
import { DataBoundary } from '@/components/ui/data-boundary';
import { ViewHeading } from '@/components/ui/view-heading';
import { UrlNotice } from '@/components/ui/url-notice';
import { useDatasetView } from '@/lib/dataset-view';
import { useI18n } from '@/lib/i18n/i18n';
import { useViewState } from '@/lib/url-state';
import { CompareView } from './compare-view';
import { selectCompare, selectCompareFrame } from './compare-model';
import { COMPARE_MIGRATIONS, compareSpecOf, type CompareFrame } from './compare-state';
import { compareHeading } from './heading';
import './compare.css';

const OPTIONS = { migrations: COMPARE_MIGRATIONS };

export function ComparePage() {
  const { lang } = useI18n();
  const query = useDatasetView(selectCompareFrame);
  return (
    <I18nProvider locale={lang}>
      <ViewHeading messages={compareHeading} />
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
