// A labelled single-choice select on react-aria (keyboard, screen reader and touch behaviour for free).
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import './listbox.css';
import './choice-select.css';

export interface Choice {
  readonly id: string;
  readonly label: string;
}

interface ChoiceSelectProps {
  readonly label: string;
  readonly choices: readonly Choice[];
  readonly value: string;
  readonly onChange: (value: string) => void;
}

export function ChoiceSelect({ label, choices, value, onChange }: ChoiceSelectProps) {
  return (
    <Select
      className="choice-select"
      value={value}
      onChange={(key) => {
        if (key !== null) onChange(String(key));
      }}
    >
      <Label className="choice-select__label">{label}</Label>
      <Button className="choice-select__button">
        <SelectValue />
        <span aria-hidden="true" className="choice-select__chevron">
          ▾
        </span>
      </Button>
      <Popover className="listbox-popover choice-select__popover">
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
