// Adds a Member to the comparison: a react-aria combo box whose options come from the app's own search
// (names in English or French, codes, case and accents ignored).
import { useMemo, useState } from 'react';
import { ComboBox, Input, Label, ListBox, ListBoxItem, Popover } from 'react-aria-components';
import type { Member } from '@/domain/types';
import { useI18n, useMessages } from '@/lib/i18n/i18n';
import { createSearch } from '@/lib/search';
import { MAX_MEMBERS } from './compare-state';
import { compareMessages } from './messages';
import '@/components/ui/listbox.css';

/** Options shown at once; the search narrows the rest. */
const MAX_OPTIONS = 40;

interface Props {
  readonly members: readonly Member[];
  readonly chosen: readonly string[];
  readonly onAdd: (code: string) => void;
}

export function MemberPicker({ members, chosen, onAdd }: Props) {
  const t = useMessages(compareMessages);
  const i18n = useI18n();
  const [input, setInput] = useState('');
  // A fresh combo box after each choice: the list closes and the field empties, with focus kept in it for the
  // next Member (clearing a live combo box's text would reopen its list).
  const [round, setRound] = useState(0);
  const search = useMemo(
    () => createSearch(members, (member) => ({ code: member.code, names: [member.name.en, member.name.fr] })),
    [members],
  );
  const options = useMemo(
    () =>
      search(input)
        .filter((member) => !chosen.includes(member.code))
        .slice(0, MAX_OPTIONS)
        .map((member) => ({ id: member.code, label: i18n.name(member.name) })),
    [search, input, chosen, i18n],
  );
  const full = chosen.length >= MAX_MEMBERS;
  return (
    <div className="compare-picker">
      <ComboBox
        key={round}
        // eslint-disable-next-line jsx-a11y/no-autofocus -- only after a choice, to keep the user where they were
        autoFocus={round > 0}
        className="compare-combobox"
        items={options}
        inputValue={input}
        onInputChange={setInput}
        value={null}
        onChange={(key) => {
          if (key === null) return;
          onAdd(String(key));
          setInput('');
          setRound((previous) => previous + 1);
        }}
        isDisabled={full}
        menuTrigger="input"
      >
        <Label className="compare-field__label">{t('picker.label')}</Label>
        <Input className="compare-combobox__input" placeholder={t('picker.placeholder')} />
        <Popover className="listbox-popover">
          <ListBox className="listbox compare-list">
            {(option: { id: string; label: string }) => (
              <ListBoxItem id={option.id} className="listbox__option" textValue={option.label}>
                {option.label} <span className="code">{option.id}</span>
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
      <p className="compare-picker__hint" role="status">
        {full ? t('picker.full') : input.trim() !== '' && options.length === 0 ? t('picker.empty') : null}
      </p>
    </div>
  );
}
