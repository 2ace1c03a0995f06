// The directory under its heading: filters, how many Members match, and the sortable table.
import { useMemo } from 'react';
import { I18nProvider } from 'react-aria-components';
import { DataTable } from '@/components/ui/data-table';
import { UrlNotice } from '@/components/ui/url-notice';
import { useDatasetView } from '@/lib/dataset-view';
import { useI18n } from '@/lib/i18n/i18n';
import { useMyMember } from '@/lib/preferences';
import { useViewState } from '@/lib/url-state';
import { DirectoryFilters } from './directory-filters';
import { selectDirectory } from './directory-model';
import { DIRECTORY_MIGRATIONS, directorySpecOf, sortValues, type DirectoryFrame } from './directory-state';

const OPTIONS = { migrations: DIRECTORY_MIGRATIONS };

export function DirectoryView({ frame }: { readonly frame: DirectoryFrame }) {
  const { lang } = useI18n();
  const mine = useMyMember();
  const { values, invalid, set } = useViewState(directorySpecOf, frame, OPTIONS);
  const input = useMemo(() => ({ ...values, lang, mine }), [values, lang, mine]);
  const { data: model } = useDatasetView(selectDirectory, input);
  if (!model) return null;
  return (
    <>
      <UrlNotice invalid={invalid} />
      {/* react-aria's own words (the search field's clear button) follow the dashboard's language. */}
      <I18nProvider locale={lang}>
        <DirectoryFilters
          model={model}
          q={values.q}
          region={values.region}
          rating={values.rating}
          onChange={(changes) => {
            set(changes, { replace: true });
          }}
        />
      </I18nProvider>
      <p className="directory__count" role="status">
        {model.count}
      </p>
      {model.table ? (
        <DataTable
          table={model.table}
          className="directory-table"
          onSort={(sort) => {
            set(sortValues(sort), { replace: true });
          }}
        />
      ) : null}
      <p className="note directory__note">{model.note}</p>
    </>
  );
}
