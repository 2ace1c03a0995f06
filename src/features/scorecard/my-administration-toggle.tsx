// "This is my administration": remembers the Member on this device, so the header and the Overview can offer
// a direct way back to its scorecard. Pressing it again forgets it. react-aria's toggle-button hook, not the
// component: this button is on the scorecard's first screen, which is in the app's first load, and the component
// brings about 5 KB (gzip) of focus management a toggle does not use.
import { useRef } from 'react';
import { mergeProps, useFocusRing, useToggleButton } from 'react-aria';
import { useMyMember, usePreferencesActions } from '@/lib/preferences';

export function MyAdministrationToggle({ code, label }: { readonly code: string; readonly label: string }) {
  const mine = useMyMember();
  const { myMemberChosen } = usePreferencesActions();
  const ref = useRef<HTMLButtonElement>(null);
  const isSelected = mine === code;
  const setSelected = (selected: boolean) => {
    myMemberChosen(selected ? code : null);
  };
  const state = {
    isSelected,
    defaultSelected: false,
    setSelected,
    toggle: () => {
      setSelected(!isSelected);
    },
  };
  const { buttonProps } = useToggleButton({}, state, ref);
  const { focusProps, isFocusVisible } = useFocusRing();
  return (
    <button
      {...mergeProps(buttonProps, focusProps)}
      ref={ref}
      className="button button--quiet toggle-mine"
      data-selected={isSelected || undefined}
      data-focus-visible={isFocusVisible || undefined}
    >
      <span aria-hidden="true" className="toggle-mine__mark">
        {isSelected ? '★' : '☆'}
      </span>{' '}
      {label}
    </button>
  );
}
