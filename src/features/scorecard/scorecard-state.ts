// Which Member a scorecard link means (`/members/:code`): the Member; its code in another case (`ken`), so the page
// moves to the canonical address; or no Member, with the closest matches. The scorecard has no query parameters of
// its own (the language is the app's), so there is nothing to migrate.
import type { Dataset, Member } from '@/domain/types';
import { closestMatches } from '@/lib/search';

export type MemberLink =
  | { readonly kind: 'found'; readonly member: Member }
  | { readonly kind: 'moved'; readonly code: string }
  | { readonly kind: 'not-found'; readonly code: string; readonly suggestions: readonly Member[] };

const memberKeys = (member: Member) => ({ code: member.code, names: [member.name.en, member.name.fr] });

export function memberLink(dataset: Dataset, code: string): MemberLink {
  const member = dataset.members.find((candidate) => candidate.code === code);
  if (member) return { kind: 'found', member };
  const canonical = code.trim().toUpperCase();
  if (dataset.members.some((candidate) => candidate.code === canonical)) return { kind: 'moved', code: canonical };
  return { kind: 'not-found', code, suggestions: closestMatches(dataset.members, memberKeys, code, 6) };
}
