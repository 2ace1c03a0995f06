// The explorer's pickers, on react-aria-components so that each is searchable and keyboard-operable with the
// right ARIA: measure and Members (comboboxes, measure-picker.tsx and member-picker.tsx), regions (checkboxes),
// the cycle range (the app's Select) and value vs change (radio group).
import { memo } from 'react';
import {
  CheckboxButton,
  CheckboxField,
  CheckboxGroup,
  Label,
  RadioButton,
  RadioField,
  RadioGroup,
} from 'react-aria-components';
import { Select } from '@/components/ui/select';
import { useI18n, useMessages } from '@/lib/i18n/i18n';
import { rangeChoices } from './explore-choices';
import type { ExploreFrame, Mode } from './explore-frame';
import type { ExploreValues, SetExplore } from './explore-state';
import { MeasurePicker } from './measure-picker';
import { MemberPicker } from './member-picker';
import { exploreMessages } from './messages';

interface ControlsProps {
  readonly frame: ExploreFrame;
  readonly values: ExploreValues;
  readonly set: SetExplore;
}

export function ExploreControls({ frame, values, set }: ControlsProps) {
  const m = useMessages(exploreMessages);
  return (
    <section className="explore-controls" aria-label={m('controls.label')}>
      <MeasurePicker frame={frame} measure={values.measure} set={set} />
      <RegionPicker frame={frame} regions={values.regions} set={set} />
      <MemberPicker frame={frame} chosen={values.members} set={set} />
      <div className="explore-controls__row">
        <RangePicker frame={frame} which="from" value={values.from} other={values.to} set={set} />
        <RangePicker frame={frame} which="to" value={values.to} other={values.from} set={set} />
        <ModePicker frame={frame} mode={values.mode} set={set} />
      </div>
    </section>
  );
}

// The region picker does not change with the measure: memo keeps a measure switch from redoing it.
const RegionPicker = memo(function RegionPicker({
  frame,
  regions,
  set,
}: {
  readonly frame: ExploreFrame;
  readonly regions: readonly string[];
  readonly set: SetExplore;
}) {
  const i18n = useI18n();
  const m = useMessages(exploreMessages);
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

interface RangePickerProps {
  readonly frame: ExploreFrame;
  readonly which: 'from' | 'to';
  readonly value: number;
  /** The range's other end, which this one may not pass. */
  readonly other: number;
  readonly set: SetExplore;
}

function RangePicker({ frame, which, value, other, set }: RangePickerProps) {
  const m = useMessages(exploreMessages);
  return (
    <Select
      label={m(which === 'from' ? 'range.from' : 'range.to')}
      choices={rangeChoices(frame, which, other)}
      value={String(value)}
      onChange={(cycle) => {
        set({ [which]: Number(cycle) });
      }}
    />
  );
}

function ModePicker({
  frame,
  mode,
  set,
}: {
  readonly frame: ExploreFrame;
  readonly mode: Mode;
  readonly set: SetExplore;
}) {
  const m = useMessages(exploreMessages);
  return (
    <RadioGroup
      className="explore-mode"
      value={mode}
      orientation="horizontal"
      onChange={(next) => {
        set({ mode: next === 'change' ? 'change' : 'value' });
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
