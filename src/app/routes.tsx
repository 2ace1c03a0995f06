// Every route of DESIGN §5, in react-router's declarative mode: data loading belongs to TanStack Query,
// so the data router's extra weight buys nothing here. Only the Overview and a scorecard's first screen are in the
// first load (its byte budget, DESIGN §7): the Overview is everyone's first page, and focal points open their
// scorecard on a phone over a slow network, where a view's code was one more round trip before its figures. Every
// other view loads when first opened.
import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { StatusPanel } from '@/components/ui/status-panel';
import { compareHeading } from '@/features/compare/heading';
import { exploreHeading } from '@/features/explore/heading';
import { matrixHeading } from '@/features/matrix/heading';
import { membersHeading } from '@/features/members/heading';
import { methodologyHeading } from '@/features/methodology/heading';
import { OverviewPage, preloadOverviewSections } from '@/features/overview/overview-page';
import { ScorecardPage } from '@/features/scorecard/scorecard-page';
import { reportingHeading } from '@/features/reporting/heading';
import { transitionsHeading } from '@/features/transitions/heading';
import { useI18n } from '@/lib/i18n/i18n';
import { FirstPaint, firstPaint } from './first-paint';
import { LazyView, viewCode } from './lazy-view';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';

// Each view's code, by route; `lazy` and `preloadRoute` share the one download (the browser's module map).
const load = {
  explore: viewCode(() => import('@/features/explore/explore-page').then((m) => m.ExplorePage)),
  members: viewCode(() => import('@/features/members/members-page').then((m) => m.MembersPage)),
  compare: viewCode(() => import('@/features/compare/compare-page').then((m) => m.ComparePage)),
  matrix: viewCode(() => import('@/features/matrix/matrix-page').then((m) => m.MatrixPage)),
  transitions: viewCode(() => import('@/features/transitions/transitions-page').then((m) => m.TransitionsPage)),
  reporting: viewCode(() => import('@/features/reporting/reporting-page').then((m) => m.ReportingPage)),
  methodology: viewCode(() => import('@/features/methodology/methodology-page').then((m) => m.MethodologyPage)),
};

/** The views whose heading the app draws in the first paint, while their code loads. */
const HEADINGS = {
  explore: exploreHeading,
  members: membersHeading,
  compare: compareHeading,
  matrix: matrixHeading,
  transitions: transitionsHeading,
  reporting: reportingHeading,
  methodology: methodologyHeading,
};

// An embed's page and its chart, by route (`/embed/…`): none of it is in the site's first load.
const loadEmbed = {
  layout: () => import('./embed-layout'),
  '': () => import('@/features/overview/overview-embed').then((m) => ({ default: m.OverviewEmbed })),
  explore: () => import('@/features/explore/explore-embed').then((m) => ({ default: m.ExploreEmbed })),
  scorecard: () => import('@/features/scorecard/scorecard-embed').then((m) => ({ default: m.ScorecardEmbed })),
};

const EmbedLayout = lazy(() => loadEmbed.layout().then((m) => ({ default: m.EmbedLayout })));
const NoEmbed = lazy(() => loadEmbed.layout().then((m) => ({ default: m.NoEmbed })));
const EMBED_ROUTES = [
  ['explore', lazy(loadEmbed.explore)],
  ['members/:code', lazy(loadEmbed.scorecard)],
  ['*', NoEmbed],
] as const;
const OverviewEmbed = lazy(loadEmbed['']);

/** The view at `path` (relative to the app's base, e.g. "/members/KEN"), and whether it is an embed. */
function viewAt(path: string): { readonly view: string; readonly embed: boolean } {
  const segments = path.split('/').filter(Boolean);
  const embed = segments[0] === 'embed';
  const [first = '', second] = embed ? segments.slice(1) : segments;
  return { view: first === 'members' && second !== undefined ? 'scorecard' : first, embed };
}

const ignore = () => undefined; // a failure shows (and is reported) when the route really renders

/**
 * Starts loading the code of the view at `path` (an embed's at once; a view's once the first paint is on screen),
 * instead of after the first render has found the route. main.tsx calls it before the first render.
 */
export function preloadRoute(path: string): void {
  const { view, embed } = viewAt(path);
  if (embed) {
    loadEmbed.layout().catch(ignore);
    if (view in loadEmbed) loadEmbed[view as keyof typeof loadEmbed]().catch(ignore);
  } else if (view in load) {
    // The first paint draws the view's heading (HEADINGS) and needs none of its code: the code waits for that
    // paint, as the data does, instead of sharing a slow line with the code the paint needs.
    void firstPaint.then(load[view as keyof typeof load]).catch(ignore);
  }
}

/**
 * Starts loading what the view at `path` draws below its first paint — the Overview's sections — once that paint
 * is on screen, alongside the data: on a slow network the first paint does not share the line with them. Charts
 * are drawn first as sketches; Recharts loads when a reader reaches for a chart (chart.tsx).
 */
export function preloadRouteSections(path: string): void {
  const { view, embed } = viewAt(path);
  if (!embed && view === '') preloadOverviewSections();
}

/**
 * The views that load when first opened, by path. Each says it is loading inside its own route: a boundary above
 * the routes would keep the previous view on screen during react-router's transition, with no sign of progress.
 */
const LAZY_ROUTES = [
  ['explore', load.explore, HEADINGS.explore],
  ['members', load.members, HEADINGS.members],
  ['compare', load.compare, HEADINGS.compare],
  ['matrix', load.matrix, HEADINGS.matrix],
  ['transitions', load.transitions, HEADINGS.transitions],
  ['reporting', load.reporting, HEADINGS.reporting],
  ['methodology', load.methodology, HEADINGS.methodology],
] as const;

/** An embed's parts while their code loads. */
function Loading({ children }: { readonly children: ReactNode }) {
  const { t } = useI18n();
  return (
    <Suspense fallback={<StatusPanel tone="loading" title={t('loading')} />}>
      {children}
      <FirstPaint />
    </Suspense>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route
          index
          element={
            <>
              <OverviewPage />
              <FirstPaint />
            </>
          }
        />
        <Route
          path="members/:code"
          element={
            <>
              <ScorecardPage />
              <FirstPaint />
            </>
          }
        />
        {LAZY_ROUTES.map(([path, code, heading]) => (
          // Keyed: react-router would otherwise keep one View from route to route, with the last view's code.
          <Route key={path} path={path} element={<LazyView key={path} heading={heading} code={code} />} />
        ))}
        <Route
          path="*"
          element={
            <>
              <NotFoundPage />
              <FirstPaint />
            </>
          }
        />
      </Route>
      {/* A view's chart alone, for other sites' frames: no header, navigation or footer (embed-layout.tsx). */}
      <Route
        path="embed"
        element={
          <Loading>
            <EmbedLayout />
          </Loading>
        }
      >
        <Route
          index
          element={
            <Loading>
              <OverviewEmbed />
            </Loading>
          }
        />
        {EMBED_ROUTES.map(([path, Embed]) => (
          <Route
            key={path}
            path={path}
            element={
              <Loading>
                <Embed />
              </Loading>
            }
          />
        ))}
      </Route>
    </Routes>
  );
}
