// The Member directory (`/members`): find a Member by name (English or French) or code, filter by region and
// rating, sort any column, and open its scorecard. The whole view state is in the link.
import { useQuery } from '@tanstack/react-query';
import { datasetQueryOptions } from '@/api/dataset';
import { DataBoundary } from '@/components/ui/data-boundary';
import { useMessages } from '@/lib/i18n/i18n';
import { DirectoryView } from './directory-view';
import { selectDirectory } from './directory-model';
import { membersMessages } from './messages';
import './members.css';

export function MembersPage() {
  const t = useMessages(membersMessages);
  const query = useQuery({ ...datasetQueryOptions(), select: selectDirectory });
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <DataBoundary query={query}>{(model) => <DirectoryView model={model} />}</DataBoundary>
    </>
  );
}
