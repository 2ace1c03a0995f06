// "The way to the next rating": one entry per score below the top band with the changes that would lift it. Its
// search runs in its own select, apart from the rest of the scorecard's model.
import { useMemo } from 'react';
import { useDatasetView } from '@/lib/dataset-view';
import { useI18n } from '@/lib/i18n/i18n';
import { selectNextRating } from './next-rating-model';

export function NextRatingSection({ code, cycle }: { readonly code: string; readonly cycle: number }) {
  const { lang } = useI18n();
  const input = useMemo(() => ({ code, cycle, lang }), [code, cycle, lang]);
  const { data: model } = useDatasetView(selectNextRating, input);
  if (!model) return null;
  return (
    <section className="scorecard__section next-rating" aria-labelledby="scorecard-next-rating">
      <h2 id="scorecard-next-rating">{model.title}</h2>
      <p className="scorecard__lead">{model.lead}</p>
      {model.items.length === 0 ? <p>{model.empty}</p> : null}
      <ul className="next-rating__list">
        {model.items.map((item) => (
          <li key={item.heading} className="next-rating__item">
            <h3 className="next-rating__heading">{item.heading}</h3>
            <p className="next-rating__now">{item.now}</p>
            <ul className="next-rating__claims">
              {item.claims.map((claim) => (
                <li key={claim}>{claim}</li>
              ))}
            </ul>
            {item.note ? <p className="note">{item.note}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
