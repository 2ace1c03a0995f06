// The notice above every view when the data on screen is not fresh: either the browser's saved copy (the data
// server failed or the device is offline) or data loaded earlier whose refresh failed. It says why, how old
// the data is, and offers a retry. Loaded only when needed.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { datasetQueryOptions, type LoadedDataset } from '@/api/dataset';
import { isLoadError } from '@/api/errors';
import type { Lang } from '@/domain/types';
import { useI18n, useMessages } from '@/lib/i18n/i18n';
import { intlLocale } from '@/lib/i18n/format';
import { loadErrorMessage } from '@/lib/load-error-message';
import { loadErrorMessages } from '@/lib/load-error/messages';
import { dataNoticeMessages as messages } from './messages';
import './data-notice.css';

interface Freshness {
  readonly savedAt: number | undefined;
  readonly reason: unknown;
  readonly asOf: string;
}

const selectFreshness = (dataset: LoadedDataset): Freshness => ({
  savedAt: dataset.savedCopy?.savedAt,
  reason: dataset.savedCopy?.reason,
  asOf: dataset.source.asOf,
});

export default function DataNotice() {
  const i18n = useI18n();
  const errorText = useMessages(loadErrorMessages);
  const m = useMessages(messages);
  const query = useQuery({ ...datasetQueryOptions(), select: selectFreshness });
  const now = useNow();
  if (query.data === undefined) return null;
  const saved = query.data.savedAt !== undefined;
  if (!saved && !query.isError) return null;

  const savedAt = query.data.savedAt ?? query.dataUpdatedAt;
  const reason = saved ? query.data.reason : query.error;
  const retryable = !isLoadError(reason) || reason.retryable;
  const params = {
    saved: dateTime(savedAt, i18n.lang),
    age: age(savedAt, now, i18n.lang, m('justNow')),
    asOf: i18n.fmt.date(query.data.asOf),
  };
  return (
    <section className="data-notice" role="status" aria-labelledby="data-notice-title">
      <h2 id="data-notice-title" className="data-notice__title">
        {m(saved ? 'saved.title' : 'stale.title')}
      </h2>
      <p>{loadErrorMessage(reason, errorText, i18n.fmt)}</p>
      <p>{m(saved ? 'saved.body' : 'stale.body', params)}</p>
      {saved && retryable && !(isLoadError(reason) && reason.kind === 'network') ? <p>{m('saved.later')}</p> : null}
      {retryable ? (
        <p className="data-notice__actions">
          <button type="button" className="button" onClick={() => void query.refetch()}>
            {m('retry')}
          </button>
          {query.isFetching ? <span>{m('retrying')}</span> : null}
        </p>
      ) : null}
    </section>
  );
}

/** The current time, updated every minute so "5 minutes ago" stays true while the notice is up. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(Date.now());
    }, 60_000);
    return () => {
      clearInterval(timer);
    };
  }, []);
  return now;
}

function dateTime(epoch: number, lang: Lang): string {
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'long', timeStyle: 'short' }).format(epoch);
}

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "3 hours ago", "il y a 2 jours"; under a minute is `justNow`. */
export function age(then: number, now: number, lang: Lang, justNow: string): string {
  const format = new Intl.RelativeTimeFormat(intlLocale(lang), { numeric: 'auto' });
  const elapsed = Math.max(0, now - then);
  for (const [unit, size] of UNITS) {
    if (elapsed >= size) return format.format(-Math.floor(elapsed / size), unit);
  }
  return justNow;
}
