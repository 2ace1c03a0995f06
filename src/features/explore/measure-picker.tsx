// The measure box: a searchable combobox of the Index, the area scores and every indicator, in sections by
// programme area, that opens its list on focus and on click.
import { useMemo, useState } from 'react';
import { ComboBox, Label, type Key } from 'react-aria-components';
import { useI18n, useMessages } from '@/lib/i18n/i18n';
import { measureSections, measureText } from './explore-choices';
import type { ExploreFrame } from './explore-frame';
import type { SetExplore } from './explore-state';
import { ComboField, ComboList } from './combo-field';
import { exploreMessages } from './messages';

interface MeasurePickerProps {
  readonly frame: ExploreFrame;
  readonly measure: string;
  readonly set: SetExplore;
}

export function MeasurePicker({ frame, measure, set }: MeasurePickerProps) {
  const i18n = useI18n();
  const m = useMessages(exploreMessages);
  const words = useMemo(() => ({ i18n, m }), [i18n, m]);
  const sections = useMemo(() => measureSections(frame, words), [frame, words]);
  const chosenText = measureText(frame, measure, words);
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
      menuTrigger="focus"
      value={measure}
      inputValue={input}
      onInputChange={setInput}
      onChange={(key: Key | null) => {
        // react-aria also repeats the chosen key when it closes the list for its own reasons (a scroll): only a
        // new choice changes anything.
        if (key === null || String(key) === measure) return;
        setInput(measureText(frame, String(key), words));
        set({ measure: String(key) });
      }}
    >
      <Label>{m('measure.label')}</Label>
      <ComboField
        placeholder={m('measure.placeholder')}
        onBlur={() => {
          setInput(chosenText); // left without a choice: the chosen measure's name again
        }}
      />
      <ComboList sections={sections} empty={m('measure.none')}>
        {(option) => option.label}
      </ComboList>
    </ComboBox>
  );
}
