// A Member's Security Index chart for another site (`/embed/members/KEN`): its history beside its region's and the
// world's, as on the scorecard. A code in another case moves to the canonical embed; an unknown one says so.
import { useMemo } from 'react';
import { Navigate, useLocation, useParams } from 'react-router';
import { DataBoundary } from '@/components/ui/data-boundary';
import { EmbedFrame } from '@/components/ui/embed-frame';
import { LineChart } from '@/components/ui/chart';
import { StatusPanel } from '@/components/ui/status-panel';
import { useDatasetView } from '@/lib/dataset-view';
import { useDocumentTitle } from '@/lib/document-title';
import { useI18n, useMessages } from '@/lib/i18n/i18n';
import { scorecardMessages } from './messages';
import { selectScorecardHead, type ScorecardHead } from './scorecard-model';

export function ScorecardEmbed() {
  const { code = '' } = useParams();
  const { lang } = useI18n();
  const { search } = useLocation();
  const input = useMemo(() => ({ code, lang }), [code, lang]);
  const query = useDatasetView(selectScorecardHead, input);
  return (
    <DataBoundary query={query}>
      {(result) => {
        switch (result.kind) {
          case 'found':
            return <IndexEmbed model={result.model} />;
          case 'moved':
            return <Navigate to={{ pathname: `/embed/members/${result.code}`, search }} replace />;
          case 'not-found':
            return <MemberMissing code={result.code} />;
        }
      }}
    </DataBoundary>
  );
}

function IndexEmbed({ model }: { readonly model: ScorecardHead }) {
  const { fmt } = useI18n();
  const { chart } = model;
  useDocumentTitle(chart.title);
  return (
    <EmbedFrame {...chart} legend>
      {(height) => <LineChart data={model.index.history} formatValue={fmt.score} height={height} />}
    </EmbedFrame>
  );
}

function MemberMissing({ code }: { readonly code: string }) {
  const t = useMessages(scorecardMessages);
  useDocumentTitle(t('notFound.title', { code }));
  return <StatusPanel tone="empty" title={t('notFound.title', { code })} />;
}
