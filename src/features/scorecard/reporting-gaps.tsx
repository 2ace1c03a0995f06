// What the Member has not reported in the latest closed cycle and in the open one, stated plainly.
import { useMessages } from '@/lib/i18n/i18n';
import type { CycleGaps } from './gaps-model';
import { scorecardMessages } from './messages';

export function ReportingGaps({ gaps }: { readonly gaps: readonly CycleGaps[] }) {
  const t = useMessages(scorecardMessages);
  if (gaps.length === 0) return null;
  return (
    <section className="scorecard__section scorecard__gaps" aria-labelledby="scorecard-gaps">
      <h2 id="scorecard-gaps">{t('gaps.title')}</h2>
      <div className="gap-cycles">
        {gaps.map((cycle) => (
          <div key={cycle.cycle} className="gap-cycle">
            <h3>{cycle.heading}</h3>
            <p>{cycle.summary}</p>
            {cycle.status ? <p>{cycle.status}</p> : null}
            <MissingList label={t('gaps.missingScored')} names={cycle.missingScored} />
            <MissingList label={t('gaps.missingContext')} names={cycle.missingContext} />
          </div>
        ))}
      </div>
    </section>
  );
}

function MissingList({ label, names }: { readonly label: string; readonly names: readonly string[] }) {
  if (names.length === 0) return null;
  return (
    <>
      <p className="gap-cycle__label">{label}</p>
      <ul>
        {names.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
    </>
  );
}
