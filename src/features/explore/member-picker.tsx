// The Member box: a searchable combobox of the Members not yet shown, in sections by region, that opens on focus
// and on click; the chosen Members follow as removable tags. Memoised: a change of measure does not redo it.
import { memo, useMemo, useState } from 'react';
import { Button, ComboBox, Label, Tag, TagGroup, TagList, Text, type Key } from 'react-aria-components';
import { useI18n, useMessages } from '@/lib/i18n/i18n';
import { memberSections } from './explore-choices';
import type { ExploreFrame } from './explore-frame';
import { MAX_MEMBERS, type SetExplore } from './explore-state';
import { ComboField, ComboList } from './combo-field';
import { exploreMessages } from './messages';

interface MemberPickerProps {
  readonly frame: ExploreFrame;
  readonly chosen: readonly string[];
  readonly set: SetExplore;
}

export const MemberPicker = memo(function MemberPicker({ frame, chosen, set }: MemberPickerProps) {
  const i18n = useI18n();
  const m = useMessages(exploreMessages);
  const [input, setInput] = useState('');
  const sections = useMemo(() => memberSections(frame, chosen, { i18n, m }), [frame, chosen, i18n, m]);
  const byCode = useMemo(() => new Map(frame.members.map((member) => [member.code, member])), [frame]);
  return (
    <div className="explore-members">
      <ComboBox
        className="explore-combobox"
        menuTrigger="focus"
        value={null}
        inputValue={input}
        onInputChange={setInput}
        isDisabled={chosen.length >= MAX_MEMBERS}
        onChange={(key: Key | null) => {
          if (key === null) return;
          set({ members: [...chosen, String(key)] });
          setInput('');
        }}
      >
        <Label>{m('members.label')}</Label>
        <ComboField placeholder={m('members.placeholder')} />
        <Text slot="description" className="explore-hint">
          {m('members.max', { max: MAX_MEMBERS })}
        </Text>
        <ComboList sections={sections} empty={m('members.none')}>
          {(option) => (
            <>
              {option.name} <span className="explore-code">{option.code}</span>
            </>
          )}
        </ComboList>
      </ComboBox>
      {chosen.length > 0 ? (
        <TagGroup
          className="explore-tags"
          onRemove={(keys) => {
            set({ members: chosen.filter((code) => !keys.has(code)) });
          }}
        >
          <Label>{m('members.chosen')}</Label>
          <TagList className="explore-tags__list">
            {chosen.map((code) => {
              const member = byCode.get(code);
              const label = member ? i18n.name(member.name) : code;
              return (
                <Tag key={code} id={code} textValue={label} className="explore-tag">
                  {label}
                  <Button slot="remove" className="explore-tag__remove">
                    ×
                  </Button>
                </Tag>
              );
            })}
          </TagList>
        </TagGroup>
      ) : null}
    </div>
  );
});
