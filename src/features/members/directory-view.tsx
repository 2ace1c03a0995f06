// The directory under its heading: filters, how many Members match, and the sortable table.
import { useMemo } from 'react';
import { I18nProvider } from 'react-aria-components';
import { UrlNotice } from '@/components/ui/url-notice';
import { useI18n, useMessages } from '@/lib/i18n/i18n';
import { useMyMember } from '@/lib/preferences';
import { useUrlState } from '@/lib/url-state';
import { DirectoryFilters } from './directory-filters';
import type { DirectoryModel } from './directory-model';
import { defaultDirection, directorySpec, filterRows, sortRows, type SortKey } from './directory-state';
import { DirectoryTable } from './directory-table';
import { membersMessages } from './messages';

export function DirectoryView({ model }: { readonly model: DirectoryModel }) {
  const t = useMessages(membersMessages);
  const { lang } = useI18n();
  const mine = useMyMember();
  const { values, invalid, set } = useUrlState(directorySpec);
  // A region the data does not have is treated like any other invalid value: default, and said so.
  const regionKnown = values.region === '' || model.regions.some((region) => region.code === values.region);
  const region = regionKnown ? values.region : '';
  const notices = regionKnown ? invalid : [...invalid, 'region'];
  const rows = useMemo(
    () =>
      sortRows(filterRows(model.rows, { q: values.q, region, rating: values.rating }), values.sort, values.dir, lang),
    [model.rows, values.q, region, values.rating, values.sort, values.dir, lang],
  );
  const sortBy = (key: SortKey) => {
    const dir = key === values.sort ? (values.dir === 'asc' ? 'desc' : 'asc') : defaultDirection(key);
    set({ sort: key, dir }, { replace: true });
  };
  return (
    <>
      <UrlNotice invalid={notices} />
      {/* react-aria's own words (the search field's clear button) follow the dashboard's language. */}
      <I18nProvider locale={lang}>
        <DirectoryFilters
          model={model}
          q={values.q}
          region={region}
          rating={values.rating}
          onChange={(changes) => {
            set(changes, { replace: true });
          }}
        />
      </I18nProvider>
      <p className="directory__count" role="status">
        {rows.length === 0
          ? t('count.none')
          : t(rows.length === 1 ? 'count.one' : 'count', { n: rows.length, of: model.rows.length })}
      </p>
      {rows.length > 0 ? (
        <DirectoryTable model={model} rows={rows} sort={values.sort} dir={values.dir} mine={mine} onSort={sortBy} />
      ) : null}
      <p className="note directory__note">{t('note', { cycle: model.closedCycle })}</p>
    </>
  );
}
