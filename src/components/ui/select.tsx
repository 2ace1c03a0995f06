// The one single-choice select: react-aria's Select (keyboard, screen reader and touch behaviour for free),
// labelled, with its options flat or in titled sections. Every picker of a fixed list in the app is this one.
import {
  Button,
  Collection,
  Header,
  Label,
  ListBox,
  ListBoxItem,
  ListBoxSection,
  Popover,
  Select as AriaSelect,
  SelectValue,
} from 'react-aria-components';
import './listbox.css';
import './select.css';

export interface Choice {
  readonly id: string;
  readonly label: string;
}

export interface ChoiceSection {
  readonly id: string;
  readonly label: string;
  readonly choices: readonly Choice[];
}

interface SelectProps {
  readonly label: string;
  /** The options, or titled groups of options. */
  readonly choices: readonly Choice[] | readonly ChoiceSection[];
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Extra class for the view's layout (width, placement); the look stays the app's. */
  readonly className?: string;
}

function isSections(choices: SelectProps['choices']): choices is readonly ChoiceSection[] {
  return choices.length > 0 && 'choices' in (choices[0] ?? {});
}

export function Select({ label, choices, value, onChange, className }: SelectProps) {
  return (
    <AriaSelect
      className={className ? `choice-select ${className}` : 'choice-select'}
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
        {isSections(choices) ? (
          <ListBox className="listbox" items={choices}>
            {(section) => (
              <ListBoxSection id={section.id} className="listbox__section">
                <Header className="listbox__header">{section.label}</Header>
                <Collection items={section.choices}>{(choice) => <Option choice={choice} />}</Collection>
              </ListBoxSection>
            )}
          </ListBox>
        ) : (
          <ListBox className="listbox" items={choices}>
            {(choice) => <Option choice={choice} />}
          </ListBox>
        )}
      </Popover>
    </AriaSelect>
  );
}

function Option({ choice }: { readonly choice: Choice }) {
  return (
    <ListBoxItem id={choice.id} className="listbox__option" textValue={choice.label}>
      {choice.label}
    </ListBoxItem>
  );
}
