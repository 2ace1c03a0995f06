// The Member directory (`/members`): find a Member by name (English or French) or code, filter by region and
// rating, sort any column, and open its scorecard. The whole view state is in the link.
import { DataBoundary } from '@/components/ui/data-boundary';
import { useDatasetView } from '@/lib/dataset-view';
import { useMessages } from '@/lib/i18n/i18n';
import { DirectoryView } from './directory-view';
import { selectDirectoryFrame } from './directory-model';
import { membersMessages } from './messages';
import './members.css';

export function MembersPage() {
  const t = useMessages(membersMessages);
  const query = useDatasetView(selectDirectoryFrame);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <DataBoundary query={query}>{(frame) => <DirectoryView frame={frame} />}</DataBoundary>
    </>
  );
}
