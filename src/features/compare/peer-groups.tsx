// Named peer groups: save the Members on screen under a name on this device, reopen or delete saved ones.
// Each saved group is a link, so it opens like any shared comparison.
import { useState } from 'react';
import { Button, Form, Input, Label, TextField } from 'react-aria-components';
import { Link } from 'react-router';
import { useMessages } from '@/lib/i18n/i18n';
import { compareMessages } from './messages';
import {
  cleanGroupName,
  MAX_GROUP_NAME,
  usePeerGroups,
  usePeerGroupsActions,
  type PeerGroup,
} from './peer-groups-store';

interface Props {
  readonly chosen: readonly string[];
  /** The group name the link carries, if any. */
  readonly group: string;
  readonly onSaved: (name: string) => void;
}

function groupLink(group: PeerGroup): string {
  const search = new URLSearchParams({ members: group.members.join(','), group: group.name });
  return `/compare?${search.toString()}`;
}

export function PeerGroups({ chosen, group, onSaved }: Props) {
  const t = useMessages(compareMessages);
  const groups = usePeerGroups();
  const { peerGroupSaved, peerGroupDeleted } = usePeerGroupsActions();
  const [name, setName] = useState(group);
  // Derived, not remembered: the view remounts this part when the link's group changes.
  const isSaved =
    group !== '' && groups.some((saved) => saved.name === group && saved.members.join(',') === chosen.join(','));
  const canSave = chosen.length >= 2 && cleanGroupName(name) !== '';
  return (
    <section className="compare-groups" aria-labelledby="compare-groups-title">
      <h2 id="compare-groups-title">{t('groups.title')}</h2>
      <p className="compare-groups__lead">{t('groups.lead')}</p>
      <Form
        className="compare-groups__form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!canSave) return;
          const clean = cleanGroupName(name);
          peerGroupSaved({ name: clean, members: chosen });
          onSaved(clean);
        }}
      >
        <TextField className="compare-textfield" value={name} onChange={setName} maxLength={MAX_GROUP_NAME}>
          <Label className="compare-field__label">{t('groups.name')}</Label>
          <Input className="compare-textfield__input" />
        </TextField>
        <Button type="submit" className="button" isDisabled={!canSave}>
          {t('groups.save')}
        </Button>
      </Form>
      {chosen.length < 2 ? <p className="compare-groups__hint">{t('groups.needTwo')}</p> : null}
      <p role="status" className="compare-groups__status">
        {isSaved ? t('groups.saved', { name: group }) : null}
      </p>
      {groups.length === 0 ? (
        <p className="compare-groups__hint">{t('groups.none')}</p>
      ) : (
        <ul className="compare-groups__list">
          {groups.map((saved) => (
            <li key={saved.name}>
              <Link to={groupLink(saved)}>{t('groups.open', { name: saved.name, n: saved.members.length })}</Link>
              <button
                type="button"
                className="button button--quiet compare-groups__delete"
                onClick={() => {
                  peerGroupDeleted(saved.name);
                }}
              >
                {t('groups.delete', { name: saved.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
