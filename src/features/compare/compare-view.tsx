// The comparison under its heading: who is compared (and how to add, remove or save them), then the table
// and the chart.
import { Link } from 'react-router';
import { useI18n, useMessages } from '@/lib/i18n/i18n';
import type { UrlValues } from '@/lib/url-state';
import { CompareChart } from './compare-chart';
import { CompareCycleSelect } from './compare-cycle-select';
import type { CompareModel } from './compare-model';
import type { compareSpec } from './compare-state';
import { CompareTable } from './compare-table';
import { MemberPicker } from './member-picker';
import { compareMessages } from './messages';
import { PeerGroups } from './peer-groups';

type Values = UrlValues<typeof compareSpec>;

interface Props {
  readonly model: CompareModel;
  readonly group: string;
  readonly onChange: (changes: Partial<Values>, options?: { replace?: boolean }) => void;
}

export function CompareView({ model, group, onChange }: Props) {
  const t = useMessages(compareMessages);
  const i18n = useI18n();
  const chosen = model.columns.map((column) => column.member.code);
  const setMembers = (members: readonly string[]) => {
    onChange({ members });
  };
  return (
    <>
      {model.unknown.length > 0 ? (
        <p className="note note--warning" role="status">
          {t('unknown', { codes: model.unknown.join(', ') })}
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
        <CompareCycleSelect
          model={model}
          onChange={(cycle) => {
            onChange({ cycle }, { replace: true });
          }}
        />
      </div>
      {group !== '' ? <p className="compare-group-name">{t('groups.current', { name: group })}</p> : null}
      <ul className="compare-chosen" aria-label={t('chosen.label')}>
        {model.columns.map((column) => (
          <li key={column.member.code} className="compare-chip">
            <Link to={`/members/${column.member.code}`}>{i18n.name(column.member.name)}</Link>
            <button
              type="button"
              className="compare-chip__remove"
              aria-label={t('chosen.remove', { member: i18n.name(column.member.name) })}
              onClick={() => {
                setMembers(chosen.filter((code) => code !== column.member.code));
              }}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      {model.columns.length < 2 ? (
        <p className="note">{model.columns.length === 0 ? t('chosen.none') : t('chosen.one')}</p>
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
