// The cycle the Members are compared in (react-aria select); the latest closed cycle unless chosen.
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { useMessages } from '@/lib/i18n/i18n';
import type { CompareModel } from './compare-model';
import { compareMessages } from './messages';
import '@/components/ui/listbox.css';

export function CompareCycleSelect({
  model,
  onChange,
}: {
  readonly model: CompareModel;
  readonly onChange: (cycle: number) => void;
}) {
  const t = useMessages(compareMessages);
  const choices = [...model.cycles].reverse().map((cycle) => ({
    id: String(cycle),
    label: cycle === model.cycles.at(-1) && model.openCycle === cycle ? t('cycle.open', { cycle }) : String(cycle),
  }));
  return (
    <Select
      className="compare-select"
      value={String(model.cycle)}
      onChange={(key) => {
        if (key !== null) onChange(Number(key));
      }}
    >
      <Label className="compare-field__label">{t('cycle.label')}</Label>
      <Button className="compare-select__button">
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
