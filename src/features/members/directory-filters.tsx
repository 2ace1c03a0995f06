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
  // The field keeps what is typed itself: fed back from the address, fast typing lost letters while the page
  // re-rendered. The address still follows each keystroke, and a change of address (back, forward) wins.
  const [text, setText] = useState(q);
  const [fromAddress, setFromAddress] = useState(q);
  if (q !== fromAddress) {
    setFromAddress(q);
    setText(q);
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
          setFromAddress(value);
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
