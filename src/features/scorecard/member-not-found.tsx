// An unknown or malformed Member code: say so, offer the closest matches and the directory; never crash.
import { Link } from 'react-router';
import type { Member } from '@/domain/types';
import { useDocumentTitle } from '@/lib/document-title';
import { useI18n, useMessages } from '@/lib/i18n/i18n';
import { scorecardMessages } from './messages';

/** Codes in links are short; anything longer is cut so a hostile link cannot flood the page. */
const MAX_SHOWN = 40;

export function MemberNotFound({
  code,
  suggestions,
}: {
  readonly code: string;
  readonly suggestions: readonly Member[];
}) {
  const t = useMessages(scorecardMessages);
  const i18n = useI18n();
  const shown = code.length > MAX_SHOWN ? `${code.slice(0, MAX_SHOWN)}…` : code;
  useDocumentTitle(t('notFound.title', { code: shown }));
  return (
    <>
      <h1>{t('notFound.title', { code: shown })}</h1>
      {suggestions.length > 0 ? (
        <>
          <p>{t('notFound.body')}</p>
          <ul className="scorecard-suggestions">
            {suggestions.map((member) => (
              <li key={member.code}>
                <Link to={`/members/${member.code}`}>{i18n.name(member.name)}</Link>{' '}
                <span className="code">{member.code}</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('notFound.none', { code: shown })}</p>
      )}
      <p>
        <Link to="/members">{t('notFound.directory')}</Link>
      </p>
    </>
  );
}
