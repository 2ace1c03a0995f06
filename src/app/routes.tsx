// Every route of DESIGN §5, in react-router's declarative mode: data loading belongs to TanStack Query,
// so the data router's extra weight buys nothing here. Only the Overview is in the first load (its byte
// budget, DESIGN §7); every other view loads when first opened.
import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { StatusPanel } from '@/components/ui/status-panel';
import { OverviewPage } from '@/features/overview/overview-page';
import { useI18n } from '@/lib/i18n/i18n';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';

const ExplorePage = lazy(() => import('@/features/explore/explore-page').then((m) => ({ default: m.ExplorePage })));
const MembersPage = lazy(() => import('@/features/members/members-page').then((m) => ({ default: m.MembersPage })));
const ScorecardPage = lazy(() =>
  import('@/features/scorecard/scorecard-page').then((m) => ({ default: m.ScorecardPage })),
);
const ComparePage = lazy(() => import('@/features/compare/compare-page').then((m) => ({ default: m.ComparePage })));
const MatrixPage = lazy(() => import('@/features/matrix/matrix-page').then((m) => ({ default: m.MatrixPage })));
const TransitionsPage = lazy(() =>
  import('@/features/transitions/transitions-page').then((m) => ({ default: m.TransitionsPage })),
);
const ReportingPage = lazy(() =>
  import('@/features/reporting/reporting-page').then((m) => ({ default: m.ReportingPage })),
);
const MethodologyPage = lazy(() =>
  import('@/features/methodology/methodology-page').then((m) => ({ default: m.MethodologyPage })),
);

function Loading({ children }: { readonly children: ReactNode }) {
  const { t } = useI18n();
  return <Suspense fallback={<StatusPanel tone="loading" title={t('loading')} />}>{children}</Suspense>;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<OverviewPage />} />
        <Route
          path="explore"
          element={
            <Loading>
              <ExplorePage />
            </Loading>
          }
        />
        <Route
          path="members"
          element={
            <Loading>
              <MembersPage />
            </Loading>
          }
        />
        <Route
          path="members/:code"
          element={
            <Loading>
              <ScorecardPage />
            </Loading>
          }
        />
        <Route
          path="compare"
          element={
            <Loading>
              <ComparePage />
            </Loading>
          }
        />
        <Route
          path="matrix"
          element={
            <Loading>
              <MatrixPage />
            </Loading>
          }
        />
        <Route
          path="transitions"
          element={
            <Loading>
              <TransitionsPage />
            </Loading>
          }
        />
        <Route
          path="reporting"
          element={
            <Loading>
              <ReportingPage />
            </Loading>
          }
        />
        <Route
          path="methodology"
          element={
            <Loading>
              <MethodologyPage />
            </Loading>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
