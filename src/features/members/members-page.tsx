// The Member directory (`/members`): find a Member by name (English or French) or code, filter by region and
// rating, sort any column, and open its scorecard. The whole view state is in the link.
import { ViewPage } from '@/components/ui/view-page';
import { DirectoryView } from './directory-view';
import { selectDirectoryFrame } from './directory-model';
import { membersMessages } from './messages';
import './members.css';

export function MembersPage() {
  return <ViewPage messages={membersMessages} select={selectDirectoryFrame} view={DirectoryView} />;
}
