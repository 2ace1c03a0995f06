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

/**
 * The views that load when first opened, by path. Each says it is loading inside its own route: a boundary above
 * the routes would keep the previous view on screen during react-router's transition, with no sign of progress.
 */
const LAZY_ROUTES = [
  ['explore', ExplorePage],
  ['members', MembersPage],
  ['members/:code', ScorecardPage],
  ['compare', ComparePage],
  ['matrix', MatrixPage],
  ['transitions', TransitionsPage],
  ['reporting', ReportingPage],
  ['methodology', MethodologyPage],
] as const;

function Loading({ children }: { readonly children: ReactNode }) {
  const { t } = useI18n();
  return <Suspense fallback={<StatusPanel tone="loading" title={t('loading')} />}>{children}</Suspense>;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<OverviewPage />} />
        {LAZY_ROUTES.map(([path, Page]) => (
          <Route
            key={path}
            path={path}
            element={
              <Loading>
                <Page />
              </Loading>
            }
          />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
