// The explorer's pickers, on react-aria-components so that each is searchable and keyboard-operable with the
// right ARIA: measure (combobox), regions (checkboxes), Members (combobox + removable tags), cycles (selects)
// and value vs change (radio group).
import { memo, useMemo, useState } from 'react';
import {
  Button,
  CheckboxButton,
  CheckboxField,
  CheckboxGroup,
  ComboBox,
  Header,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  ListBoxSection,
  Popover,
  RadioButton,
  RadioField,
  RadioGroup,
  Select,
  SelectValue,
  Tag,
  TagGroup,
  TagList,
  Text,
  type Key,
} from 'react-aria-components';
import '@/components/ui/listbox.css';
import type { I18n } from '@/lib/i18n/i18n';
import type { Translate } from '@/lib/i18n/messages';
import type { ExploreFrame, Mode } from './explore-model';
import { MAX_MEMBERS, type ExploreValues } from './explore-state';
import type { ExploreMessageKey } from './messages';

interface ControlsProps {
  readonly frame: ExploreFrame;
  readonly values: ExploreValues;
  readonly set: (changes: Partial<ExploreValues>) => void;
  readonly i18n: I18n;
  readonly m: Translate<ExploreMessageKey>;
}

export function ExploreControls(props: ControlsProps) {
  const { m } = props;
  return (
    <section className="explore-controls" aria-label={m('controls.label')}>
      <MeasurePicker {...props} />
      <RegionPicker frame={props.frame} regions={props.values.regions} set={props.set} i18n={props.i18n} m={m} />
      <MemberPicker frame={props.frame} chosen={props.values.members} set={props.set} i18n={props.i18n} m={m} />
      <div className="explore-controls__row">
        <CyclePicker {...props} which="from" />
        <CyclePicker {...props} which="to" />
        <ModePicker {...props} />
      </div>
    </section>
  );
}

function MeasurePicker({ frame, values, set, i18n, m }: ControlsProps) {
  const optionText = (option: ExploreFrame['measures'][number]['options'][number]) => {
    if (option.indicator) {
      const unit = option.indicator.unit;
      const name = i18n.name(option.indicator.name);
      return unit ? `${name} (${m('measure.context', { unit: i18n.name(unit) })})` : name;
    }
    return option.area ? m('measure.area', { area: i18n.name(option.area.name) }) : m('measure.index');
  };
  const options = frame.measures.flatMap((group) => group.options);
  const textOf = (code: string) => {
    const option = options.find((item) => item.code === code);
    return option ? optionText(option) : '';
  };
  const chosenText = textOf(values.measure);
  // The box shows the chosen measure's name until the user types a search, and puts it back when they leave
  // without choosing. Its text is the app's state, not react-aria's: opening the list scrolls the chosen option
  // into view, which can scroll the page, and react-aria then closes the box and resets its own text, dropping
  // what was being typed.
  const [input, setInput] = useState(chosenText);
  const [shownFor, setShownFor] = useState(chosenText);
  // A measure changed from outside the box (Back, Forward) starts the box afresh, so that it does not take the
  // new name for typing and open its list.
  const [generation, setGeneration] = useState(0);
  if (shownFor !== chosenText) {
    setShownFor(chosenText);
    if (input !== chosenText) setGeneration(generation + 1);
    setInput(chosenText);
  }
  return (
    <ComboBox
      key={generation}
      className="explore-combobox explore-combobox--wide"
      value={values.measure}
      inputValue={input}
      onInputChange={setInput}
      onChange={(key: Key | null) => {
        // react-aria also repeats the chosen key when it closes the list for its own reasons (a scroll): only a
        // new choice changes anything.
        if (key === null || String(key) === values.measure) return;
        setInput(textOf(String(key)));
        set({ measure: String(key) });
      }}
    >
      <Label>{m('measure.label')}</Label>
      <div className="explore-combobox__field">
        <Input
          placeholder={m('measure.placeholder')}
          onBlur={() => {
            setInput(chosenText); // left without a choice: the chosen measure's name again
          }}
        />
        <Button aria-label={m('controls.showList')}>▾</Button>
      </div>
      <Popover className="listbox-popover" placement="bottom start">
        <ListBox className="listbox explore-listbox" renderEmptyState={() => m('measure.none')}>
          {frame.measures.map((group) => (
            <ListBoxSection key={group.area?.code ?? 'scores'} id={`section-${group.area?.code ?? 'scores'}`}>
              <Header>{group.area ? i18n.name(group.area.name) : m('measure.areaScores')}</Header>
              {group.options.map((option) => (
                <ListBoxItem key={option.code} id={option.code} textValue={optionText(option)}>
                  {optionText(option)}
                </ListBoxItem>
              ))}
            </ListBoxSection>
          ))}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}

type PickerProps = Omit<ControlsProps, 'values'>;

// The region and Member pickers do not change with the measure: memo keeps a measure switch from redoing them.
const RegionPicker = memo(function RegionPicker({
  frame,
  regions,
  set,
  i18n,
  m,
}: PickerProps & { readonly regions: readonly string[] }) {
  return (
    <CheckboxGroup
      className="explore-regions"
      value={[...regions]}
      onChange={(chosen) => {
        // Keep the framework's order, whatever order the boxes were ticked in.
        set({ regions: frame.regions.map((region) => region.code).filter((code) => chosen.includes(code)) });
      }}
    >
      <Label>{m('regions.label')}</Label>
      <div className="explore-regions__boxes">
        {frame.regions.map((region) => (
          <CheckboxField key={region.code} value={region.code}>
            <CheckboxButton className="explore-checkbox">
              <span aria-hidden="true" className="explore-checkbox__box" />
              <span>
                <b>{region.code}</b> {i18n.name(region.name)}
              </span>
            </CheckboxButton>
          </CheckboxField>
        ))}
      </div>
    </CheckboxGroup>
  );
});

const MemberPicker = memo(function MemberPicker({
  frame,
  chosen,
  set,
  i18n,
  m,
}: PickerProps & { readonly chosen: readonly string[] }) {
  const [input, setInput] = useState('');
  const byCode = useMemo(() => new Map(frame.members.map((member) => [member.code, member])), [frame]);
  const full = chosen.length >= MAX_MEMBERS;
  const sorted = useMemo(() => {
    const collator = new Intl.Collator(i18n.lang);
    return [...frame.members].sort((a, b) => collator.compare(i18n.name(a.name), i18n.name(b.name)));
  }, [frame, i18n]);
  const options = sorted.filter((member) => !chosen.includes(member.code));
  return (
    <div className="explore-members">
      <ComboBox
        className="explore-combobox"
        value={null}
        inputValue={input}
        onInputChange={setInput}
        isDisabled={full}
        onChange={(key: Key | null) => {
          if (key === null) return;
          set({ members: [...chosen, String(key)] });
          setInput('');
        }}
      >
        <Label>{m('members.label')}</Label>
        <div className="explore-combobox__field">
          <Input placeholder={m('members.placeholder')} />
          <Button aria-label={m('controls.showList')}>▾</Button>
        </div>
        <Text slot="description" className="explore-hint">
          {m('members.max', { max: MAX_MEMBERS })}
        </Text>
        <Popover className="listbox-popover" placement="bottom start">
          <ListBox className="listbox explore-listbox" renderEmptyState={() => m('members.none')}>
            {options.map((member) => (
              <ListBoxItem key={member.code} id={member.code} textValue={`${i18n.name(member.name)} ${member.code}`}>
                {i18n.name(member.name)} <span className="explore-code">{member.code}</span>
              </ListBoxItem>
            ))}
          </ListBox>
        </Popover>
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

function CyclePicker({ frame, values, set, m, which }: ControlsProps & { readonly which: 'from' | 'to' }) {
  const allowed = frame.cycles.filter((cycle) => (which === 'from' ? cycle <= values.to : cycle >= values.from));
  return (
    <CycleSelect
      label={m(which === 'from' ? 'range.from' : 'range.to')}
      cycles={allowed}
      value={values[which]}
      onChange={(cycle) => {
        set({ [which]: cycle });
      }}
    />
  );
}

/** A labelled select of cycles: the range pickers here and the Map tab's cycle. */
export function CycleSelect({
  label,
  cycles,
  value,
  onChange,
}: {
  readonly label: string;
  readonly cycles: readonly number[];
  readonly value: number;
  readonly onChange: (cycle: number) => void;
}) {
  return (
    <Select
      className="explore-select"
      value={value}
      onChange={(key: Key | null) => {
        if (key !== null) onChange(Number(key));
      }}
    >
      <Label>{label}</Label>
      <Button className="explore-select__button">
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </Button>
      <Popover className="listbox-popover">
        <ListBox className="listbox explore-listbox">
          {cycles.map((cycle) => (
            <ListBoxItem key={cycle} id={cycle} textValue={String(cycle)}>
              {cycle}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}

function ModePicker({ frame, values, set, m }: ControlsProps) {
  return (
    <RadioGroup
      className="explore-mode"
      value={values.mode}
      orientation="horizontal"
      onChange={(mode) => {
        set({ mode: mode as Mode });
      }}
    >
      <Label>{m('mode.label')}</Label>
      <div className="explore-mode__options">
        <RadioField value="value">
          <RadioButton className="explore-radio">{m('mode.value')}</RadioButton>
        </RadioField>
        <RadioField value="change">
          <RadioButton className="explore-radio">{m('mode.change', { baseline: frame.baselineCycle })}</RadioButton>
        </RadioField>
      </div>
    </RadioGroup>
  );
}
