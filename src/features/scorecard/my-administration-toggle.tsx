// "This is my administration": remembers the Member on this device, so the header and the Overview can offer
// a direct way back to its scorecard. Pressing it again forgets it.
import { ToggleButton } from 'react-aria-components';
import { useMyMember, usePreferencesActions } from '@/lib/preferences';

export function MyAdministrationToggle({ code, label }: { readonly code: string; readonly label: string }) {
  const mine = useMyMember();
  const { myMemberChosen } = usePreferencesActions();
  return (
    <ToggleButton
      className="button button--quiet toggle-mine"
      isSelected={mine === code}
      onChange={(selected) => {
        myMemberChosen(selected ? code : null);
      }}
    >
      {({ isSelected }) => (
        <>
          <span aria-hidden="true" className="toggle-mine__mark">
            {isSelected ? '★' : '☆'}
          </span>{' '}
          {label}
        </>
      )}
    </ToggleButton>
  );
}
