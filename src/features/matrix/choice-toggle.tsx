// A labelled group of toggle buttons of which exactly one is on, on react-aria.
import { useId } from 'react';
import { ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import type { Choice } from '@/components/ui/select';

interface ChoiceToggleProps {
  readonly label: string;
  readonly choices: readonly Choice[];
  readonly value: string;
  readonly onChange: (value: string) => void;
}

export function ChoiceToggle({ label, choices, value, onChange }: ChoiceToggleProps) {
  const id = useId();
  return (
    <div className="choice-toggle">
      <span id={id} className="choice-select__label">
        {label}
      </span>
      <ToggleButtonGroup
        aria-labelledby={id}
        className="choice-toggle__group"
        selectionMode="single"
        disallowEmptySelection
        selectedKeys={[value]}
        onSelectionChange={(keys) => {
          const [first] = keys;
          if (first !== undefined) onChange(String(first));
        }}
      >
        {choices.map((choice) => (
          <ToggleButton key={choice.id} id={choice.id} className="choice-toggle__button">
            {choice.label}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
    </div>
  );
}
