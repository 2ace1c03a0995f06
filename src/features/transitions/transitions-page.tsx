// Placeholder until the view is built: the route exists and says so plainly.
import { PendingView } from '@/components/ui/pending-view';

export function TransitionsPage() {
  return <PendingView view="nav.matrix" />;
}
