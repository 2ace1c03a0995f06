// Search by name or code, and filter by region and rating with the app's one Select: react-aria fields, so
// keyboard, screen reader and touch behaviour come for free.
import { useState } from 'react';
import { Button, Input, Label, SearchField } from 'react-aria-components';
import { Select } from '@/components/ui/select';
import { useMessages } from '@/lib/i18n/i18n';
import type { DirectoryModel } from './directory-model';
import type { RatingFilter } from './directory-state';
import { membersMessages } from './messages';

interface Filters {
  readonly q: string;
  readonly region: string;
  readonly rating: RatingFilter;
}

interface Props extends Filters {
  readonly model: DirectoryModel;
  readonly onChange: (changes: Partial<Filters>) => void;
}

export function DirectoryFilters({ model, q, region, rating, onChange }: Props) {
  const t = useMessages(membersMessages);
  // The field keeps what is typed itself, and the address follows each keystroke. The address reaches the field
  // a render or more behind a fast typist: a value it brings back that was typed here (pending) is only an echo,
  // and taking it would drop the letters typed since. Any other value (back, forward, Clear filters) wins.
  const [text, setText] = useState(q);
  const [seen, setSeen] = useState(q);
  const [pending, setPending] = useState<readonly string[]>([]);
  if (q !== seen) {
    setSeen(q);
    const echo = pending.indexOf(q);
    setPending(echo < 0 ? [] : pending.slice(echo + 1));
    if (echo < 0) setText(q);
  }
  const chooseRating = (value: string) => {
    const next = model.ratingChoices.find((choice) => choice.id === value);
    if (next) onChange({ rating: next.id });
  };
  const filtered = q !== '' || region !== 'all' || rating !== 'all';
  return (
    <search className="directory-filters" aria-label={t('filters.label')}>
      <SearchField
        className="directory-search"
        value={text}
        onChange={(value) => {
          setText(value);
          setPending((typed) => [...typed, value]);
          onChange({ q: value });
        }}
      >
        <Label className="directory-field__label">{t('search.label')}</Label>
        <div className="directory-search__box">
          <Input className="directory-search__input" placeholder={t('search.placeholder')} />
          <Button className="directory-search__clear">✕</Button>
        </div>
      </SearchField>
      <Select
        className="directory-select"
        label={t('region.label')}
        choices={model.regionChoices}
        value={region}
        onChange={(value) => {
          onChange({ region: value });
        }}
      />
      <Select
        className="directory-select"
        label={t('rating.label')}
        choices={model.ratingChoices}
        value={rating}
        onChange={chooseRating}
      />
      {filtered ? (
        <button
          type="button"
          className="button button--quiet directory-filters__clear"
          onClick={() => {
            onChange({ q: '', region: 'all', rating: 'all' });
          }}
        >
          {t('filters.clear')}
        </button>
      ) : null}
    </search>
  );
}
