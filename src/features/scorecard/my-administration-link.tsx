// A direct link to "my administration"'s scorecard once a focal point has chosen it (for the header and the
// Overview). Deliberately tiny: it is part of the first load. It reads the dataset once a view has loaded it,
// and until then (or on the Overview, drawn from its summary) members.json alone, only if a Member was chosen.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { membersQueryOptions } from '@/api/members-document';
import type { Dataset, Member } from '@/domain/types';
import { runtimeConfigReady } from '@/api/runtime-config';
import { useDatasetIfLoaded } from '@/lib/dataset-view';
import { useI18n, useMessages } from '@/lib/i18n/i18n';
import { useMyMember } from '@/lib/preferences';
import { myAdministrationMessages } from './my-administration-messages';

const selectMembers = (dataset: Dataset): readonly Member[] => dataset.members;

export function MyAdministrationLink({ className }: { readonly className?: string }) {
  const code = useMyMember();
  const t = useMessages(myAdministrationMessages);
  const i18n = useI18n();
  const { data: loaded } = useDatasetIfLoaded(selectMembers);
  const own = useQuery({
    ...membersQueryOptions(),
    enabled: code !== null && loaded === undefined && runtimeConfigReady(),
  });
  const members = loaded ?? own.data;
  // Nothing until the data says who it is; a remembered code the data no longer has leads nowhere.
  const member = code === null ? undefined : members?.find((candidate) => candidate.code === code);
  if (!member) return null;
  return (
    <Link className={className} to={`/members/${member.code}`}>
      {t('link', { member: i18n.name(member.name) })}
    </Link>
  );
}
