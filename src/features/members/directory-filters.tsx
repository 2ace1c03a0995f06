// Search by name or code, and filter by region and rating: react-aria fields, so keyboard, screen reader and
// touch behaviour come for free.
import {
  Button,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  SearchField,
  Select,
  SelectValue,
} from 'react-aria-components';
import { useState } from 'react';
import { useI18n, useMessages } from '@/lib/i18n/i18n';
import type { DirectoryModel } from './directory-model';
import type { RatingFilter } from './directory-state';
import { membersMessages } from './messages';
import '@/components/ui/listbox.css';

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
  const i18n = useI18n();
  const regions = [
    { id: 'all', label: t('region.all') },
    ...model.regions.map((r) => ({ id: r.code, label: i18n.name(r.name) })),
  ];
  const ratings = [
    { id: 'all', label: t('rating.all') },
    ...model.ratingBands.map((band) => ({ id: band.code, label: i18n.name(band.name) })),
    { id: 'none', label: t('rating.none') },
  ];
  const filtered = q !== '' || region !== '' || rating !== 'all';
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
      <FilterSelect
        label={t('region.label')}
        choices={regions}
        value={region === '' ? 'all' : region}
        onChange={(value) => {
          onChange({ region: value === 'all' ? '' : value });
        }}
      />
      <FilterSelect
        label={t('rating.label')}
        choices={ratings}
        value={rating}
        onChange={(value) => {
          const next = ratings.find((choice) => choice.id === value);
          if (next) onChange({ rating: next.id as RatingFilter });
        }}
      />
      {filtered ? (
        <button
          type="button"
          className="button button--quiet directory-filters__clear"
          onClick={() => {
            onChange({ q: '', region: '', rating: 'all' });
          }}
        >
          {t('filters.clear')}
        </button>
      ) : null}
    </search>
  );
}

interface FilterSelectProps {
  readonly label: string;
  readonly choices: readonly { readonly id: string; readonly label: string }[];
  readonly value: string;
  readonly onChange: (value: string) => void;
}

function FilterSelect({ label, choices, value, onChange }: FilterSelectProps) {
  return (
    <Select
      className="directory-select"
      value={value}
      onChange={(key) => {
        if (key !== null) onChange(String(key));
      }}
    >
      <Label className="directory-field__label">{label}</Label>
      <Button className="directory-select__button">
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </Button>
      <Popover className="listbox-popover">
        <ListBox className="listbox" items={choices}>
          {(choice) => (
            <ListBoxItem id={choice.id} className="listbox__option" textValue={choice.label}>
              {choice.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
