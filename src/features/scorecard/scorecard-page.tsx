// A Member's scorecard (`/members/:code`): what a focal point opens to see where their administration stands.
// An unknown code gives a not-found page with the closest matches; a code in another case moves to the right one.
import { useMemo } from 'react';
import { Navigate, useLocation, useParams } from 'react-router';
import { DataBoundary } from '@/components/ui/data-boundary';
import { useI18n } from '@/lib/i18n/i18n';
import { MemberNotFound } from './member-not-found';
import { useScorecardData, type ScorecardData } from './scorecard-data';
import type { ScorecardResult } from './scorecard-model';
import { ScorecardView } from './scorecard-view';
import './scorecard.css';

export function ScorecardPage() {
  const { code = '' } = useParams();
  const { lang } = useI18n();
  const input = useMemo(() => ({ code, lang }), [code, lang]);
  const { head, rest } = useScorecardData(input);
  return <DataBoundary query={head}>{(result) => <ScorecardResultView result={result} rest={rest} />}</DataBoundary>;
}

function ScorecardResultView({
  result,
  rest,
}: {
  readonly result: ScorecardResult;
  readonly rest: ScorecardData['rest'];
}) {
  const { search } = useLocation();
  switch (result.kind) {
    case 'found':
      // Keyed by Member: another Member's scorecard starts afresh (its sections not yet drawn).
      return <ScorecardView key={result.model.member.code} head={result.model} rest={rest} />;
    case 'moved':
      return <Navigate to={{ pathname: `/members/${result.code}`, search }} replace />;
    case 'not-found':
      return <MemberNotFound code={result.code} suggestions={result.suggestions} />;
  }
}
