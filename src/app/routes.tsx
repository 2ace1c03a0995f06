// Every route of DESIGN §5, in react-router's declarative mode: data loading belongs to TanStack Query,
// so the data router's extra weight buys nothing here. Views other than the Overview will load on demand.
import { Route, Routes } from 'react-router';
import { OverviewPage } from '@/features/overview/overview-page';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { PendingPage } from './pending-page';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<OverviewPage />} />
        <Route path="explore" element={<PendingPage view="nav.explore" />} />
        <Route path="members" element={<PendingPage view="nav.members" />} />
        <Route path="members/:code" element={<PendingPage view="nav.members" />} />
        <Route path="compare" element={<PendingPage view="nav.compare" />} />
        <Route path="matrix" element={<PendingPage view="nav.matrix" />} />
        <Route path="reporting" element={<PendingPage view="nav.reporting" />} />
        <Route path="methodology" element={<PendingPage view="nav.methodology" />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
