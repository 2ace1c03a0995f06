// The parts the explorer's two comboboxes share: a text box with a list button, whose list opens on focus and
// on any click (react-aria opens it on focus, and on typing or the button; a click in a box that already has
// focus would otherwise do nothing), and a list in titled sections.
import { useContext, type ReactNode } from 'react';
import {
  Button,
  ComboBoxStateContext,
  Header,
  Input,
  ListBox,
  ListBoxItem,
  ListBoxSection,
  Popover,
} from 'react-aria-components';
import '@/components/ui/listbox.css';
import { useMessages } from '@/lib/i18n/i18n';
import type { ComboSection } from './explore-choices';
import { exploreMessages } from './messages';

export function ComboField({ placeholder, onBlur }: { readonly placeholder: string; readonly onBlur?: () => void }) {
  const m = useMessages(exploreMessages);
  const state = useContext(ComboBoxStateContext);
  return (
    <div className="explore-combobox__field">
      <Input
        placeholder={placeholder}
        onBlur={onBlur}
        onClick={() => {
          // 'manual' shows every option, not only those matching the chosen name in the box.
          if (state && !state.isOpen) state.open(null, 'manual');
        }}
      />
      <Button aria-label={m('controls.showList')}>▾</Button>
    </div>
  );
}

interface ComboListProps<T> {
  readonly sections: readonly ComboSection<T>[];
  /** Said when the typed text matches nothing. */
  readonly empty: string;
  readonly children: (option: T) => ReactNode;
}

export function ComboList<T extends { readonly id: string; readonly label: string }>({
  sections,
  empty,
  children,
}: ComboListProps<T>) {
  return (
    <Popover className="listbox-popover" placement="bottom start">
      <ListBox className="listbox" renderEmptyState={() => empty}>
        {sections.map((section) => (
          <ListBoxSection key={section.id} id={section.id} className="listbox__section">
            <Header className="listbox__header">{section.label}</Header>
            {section.options.map((option) => (
              <ListBoxItem key={option.id} id={option.id} textValue={option.label} className="listbox__option">
                {children(option)}
              </ListBoxItem>
            ))}
          </ListBoxSection>
        ))}
      </ListBox>
    </Popover>
  );
}
