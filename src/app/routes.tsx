// Every route of DESIGN §5, in react-router's declarative mode: data loading belongs to TanStack Query,
// so the data router's extra weight buys nothing here. Only the Overview is in the first load (its byte
// budget, DESIGN §7); every other view loads when first opened.
import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { StatusPanel } from '@/components/ui/status-panel';
import { ViewHeading } from '@/components/ui/view-heading';
import { compareHeading } from '@/features/compare/heading';
import { exploreHeading } from '@/features/explore/heading';
import { matrixHeading } from '@/features/matrix/heading';
import { membersHeading } from '@/features/members/heading';
import { methodologyHeading } from '@/features/methodology/heading';
import { OverviewPage, preloadOverviewSections } from '@/features/overview/overview-page';
import { reportingHeading } from '@/features/reporting/heading';
import { transitionsHeading } from '@/features/transitions/heading';
import { useI18n } from '@/lib/i18n/i18n';
import type { Catalog } from '@/lib/i18n/messages';
import { FirstPaint, firstPaint, useFirstPaintDone } from './first-paint';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';

// Each view's code, by route; `lazy` and `preloadRoute` share the one download (the browser's module map).
const load = {
  explore: () => import('@/features/explore/explore-page').then((m) => ({ default: m.ExplorePage })),
  members: () => import('@/features/members/members-page').then((m) => ({ default: m.MembersPage })),
  scorecard: () => import('@/features/scorecard/scorecard-page').then((m) => ({ default: m.ScorecardPage })),
  compare: () => import('@/features/compare/compare-page').then((m) => ({ default: m.ComparePage })),
  matrix: () => import('@/features/matrix/matrix-page').then((m) => ({ default: m.MatrixPage })),
  transitions: () => import('@/features/transitions/transitions-page').then((m) => ({ default: m.TransitionsPage })),
  reporting: () => import('@/features/reporting/reporting-page').then((m) => ({ default: m.ReportingPage })),
  methodology: () => import('@/features/methodology/methodology-page').then((m) => ({ default: m.MethodologyPage })),
};

type Heading = Catalog<'title' | 'lead'>;

/** The views whose heading the app draws in the first paint, while their code loads (the Scorecard's is data). */
const HEADINGS: Readonly<Record<string, Heading | undefined>> = {
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

const ExplorePage = lazy(load.explore);
const MembersPage = lazy(load.members);
const ScorecardPage = lazy(load.scorecard);
const ComparePage = lazy(load.compare);
const MatrixPage = lazy(load.matrix);
const TransitionsPage = lazy(load.transitions);
const ReportingPage = lazy(load.reporting);
const MethodologyPage = lazy(load.methodology);
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
 * Starts loading the code of the view at `path` before the app first renders, instead of after the first render
 * has found the route: the view's heading is part of the first paint.
 */
export function preloadRoute(path: string): void {
  const { view, embed } = viewAt(path);
  if (embed) {
    loadEmbed.layout().catch(ignore);
    if (view in loadEmbed) loadEmbed[view as keyof typeof loadEmbed]().catch(ignore);
  } else if (view in load) {
    const loadView = load[view as keyof typeof load];
    // A view whose heading the first paint draws (HEADINGS) needs none of its own code for that paint: its code
    // then waits for it, as the data does, instead of sharing a slow line with the code the paint needs.
    if (HEADINGS[view]) void firstPaint.then(loadView).catch(ignore);
    else loadView().catch(ignore);
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
  ['explore', ExplorePage, HEADINGS.explore],
  ['members', MembersPage, HEADINGS.members],
  ['members/:code', ScorecardPage, undefined],
  ['compare', ComparePage, HEADINGS.compare],
  ['matrix', MatrixPage, HEADINGS.matrix],
  ['transitions', TransitionsPage, HEADINGS.transitions],
  ['reporting', ReportingPage, HEADINGS.reporting],
  ['methodology', MethodologyPage, HEADINGS.methodology],
] as const;

/**
 * A view's heading and lead while its code loads, in the elements the view itself draws first, so that the page's
 * words are part of the first paint on a slow network and nothing moves when the view takes over.
 */
function LoadingView({ heading }: { readonly heading: Heading }) {
  const { t } = useI18n();
  return (
    <>
      <ViewHeading messages={heading} />
      <StatusPanel tone="loading" title={t('loading')} />
    </>
  );
}

function Loading({ heading, children }: { readonly heading?: Heading | undefined; readonly children: ReactNode }) {
  const { t } = useI18n();
  const painted = useFirstPaintDone();
  const loading = heading ? <LoadingView heading={heading} /> : <StatusPanel tone="loading" title={t('loading')} />;
  return (
    <Suspense fallback={loading}>
      {/* A view with a heading is first painted from it alone; its own code is asked for after that paint. */}
      {heading && !painted ? loading : children}
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
        {LAZY_ROUTES.map(([path, Page, heading]) => (
          <Route
            key={path}
            path={path}
            element={
              <Loading heading={heading}>
                <Page />
              </Loading>
            }
          />
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
