// The comparison under its heading: who is compared (and how to add, remove or save them), then the table
// and the chart.
import { Link } from 'react-router';
import { Select } from '@/components/ui/select';
import { useMessages } from '@/lib/i18n/i18n';
import type { SetUrlState } from '@/lib/url-state';
import { CompareChart } from './compare-chart';
import type { CompareModel } from './compare-model';
import type { compareSpecOf } from './compare-state';
import { CompareTable } from './compare-table';
import { MemberPicker } from './member-picker';
import { compareMessages } from './messages';
import { PeerGroups } from './peer-groups';

interface Props {
  readonly model: CompareModel;
  readonly group: string;
  readonly onChange: SetUrlState<ReturnType<typeof compareSpecOf>>;
}

export function CompareView({ model, group, onChange }: Props) {
  const t = useMessages(compareMessages);
  const chosen = model.columns.map((column) => column.code);
  const setMembers = (members: readonly string[]) => {
    onChange({ members });
  };
  return (
    <>
      {model.unknown ? (
        <p className="note note--warning" role="status">
          {model.unknown}
        </p>
      ) : null}
      <div className="compare-controls">
        <MemberPicker
          members={model.members}
          chosen={chosen}
          onAdd={(code) => {
            setMembers([...chosen, code]);
          }}
        />
        <Select
          label={t('cycle.label')}
          choices={model.cycleChoices}
          value={String(model.cycle)}
          onChange={(cycle) => {
            onChange({ cycle: Number(cycle) }, { replace: true });
          }}
        />
      </div>
      {group !== '' ? <p className="compare-group-name">{t('groups.current', { name: group })}</p> : null}
      <ul className="compare-chosen" aria-label={t('chosen.label')}>
        {model.columns.map((column) => (
          <li key={column.code} className="compare-chip">
            <Link to={`/members/${column.code}`}>{column.name}</Link>
            <button
              type="button"
              className="compare-chip__remove"
              aria-label={t('chosen.remove', { member: column.name })}
              onClick={() => {
                setMembers(chosen.filter((code) => code !== column.code));
              }}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      {model.prompt ? (
        <p className="note">{model.prompt}</p>
      ) : (
        <>
          <CompareTable model={model} />
          <CompareChart model={model} />
        </>
      )}
      <PeerGroups
        key={group}
        chosen={chosen}
        group={group}
        onSaved={(name) => {
          onChange({ group: name }, { replace: true });
        }}
      />
    </>
  );
}
