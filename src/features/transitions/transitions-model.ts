// Everything the Transitions view draws, from the dataset and the view's state (a pure `select`): the choices,
// the quick links, the summary by measure, and for the measure shown its rating table and who moved.
import type { Choice } from '@/components/ui/select';
import { INDEX_MEASURE, scoresOf } from '@/domain/score-table';
import { measureTransitions, transitionTotals, type Transitions, type TransitionTotals } from '@/domain/transitions';
import type { Dataset, Lang, Member, RatingBand, ScoreMeasure } from '@/domain/types';
import { createI18n, type I18n } from '@/lib/i18n/i18n';
import { translator, type Translate } from '@/lib/i18n/messages';
import { writeUrlState } from '@/lib/url-state';
import type { FileNameParts } from '@/lib/export/file-name';
import type { TableSpec } from '@/lib/table/table-spec';
import { transitionsMessages } from './messages';
import { transitionFlow, type TransitionFlow } from './transitions-flow';
import {
  moveTable,
  ratingTable,
  summaryTable,
  type MeasureRow,
  type MoveRow,
  type RatingRow,
} from './transitions-tables';
import {
  cyclesChange,
  defaultFrom,
  INDEX_KEY,
  selectTransitionsFrame,
  transitionsSpec,
  type TransitionsFrame,
  type TransitionsValues,
} from './transitions-state';

export type TransitionsKey = keyof (typeof transitionsMessages)['en'];

/** The view's state (checked, `from` concrete) and the language shown. */
export interface TransitionsInput extends TransitionsValues {
  readonly lang: Lang;
}

/** What the shared parts of the tables need: texts, formats, bands and Members by code. */
export interface TransitionsText {
  readonly m: Translate<TransitionsKey>;
  readonly i18n: I18n;
  readonly bands: readonly RatingBand[];
  readonly members: ReadonlyMap<string, Member>;
}

export interface MoveList {
  readonly title: string;
  readonly empty: string;
  /** Null when nobody moved that way (the `empty` sentence is shown instead). */
  readonly table: TableSpec<MoveRow> | null;
  readonly file: FileNameParts;
}

export interface TransitionsModel {
  readonly from: number;
  readonly to: number;
  readonly measure: string;
  readonly choices: { readonly from: Choice[]; readonly to: Choice[]; readonly measure: Choice[] };
  readonly presets: readonly { readonly label: string; readonly href: string }[];
  readonly summary: TableSpec<MeasureRow>;
  readonly detail: {
    readonly title: string;
    readonly table: TableSpec<RatingRow>;
    /** The rating table's download; the data packages hold the measure's full data. */
    readonly file: FileNameParts;
    readonly note: string;
    readonly lists: readonly [MoveList, MoveList];
    readonly flow: TransitionFlow;
  };
}

export function measureOf(key: string): ScoreMeasure {
  return key === INDEX_KEY ? INDEX_MEASURE : { kind: 'area', area: key };
}

/** The address of the view for a state: only what differs from the defaults, as the page writes it. */
export function transitionsHref(frame: TransitionsFrame, from: number, to: number, measure: string): string {
  const spec = transitionsSpec(frame);
  const search = writeUrlState(spec, new URLSearchParams(), { ...cyclesChange(frame, from, to), measure });
  const query = search.toString();
  return query === '' ? '/transitions' : `/transitions?${query}`;
}

export function selectTransitions(dataset: Dataset, input: TransitionsInput): TransitionsModel {
  const table = scoresOf(dataset);
  const frame = selectTransitionsFrame(dataset);
  const { framework } = dataset;
  const { from, to, measure } = input;
  const m = translator(transitionsMessages, input.lang);
  const i18n = createI18n(input.lang);
  const text: TransitionsText = {
    m,
    i18n,
    bands: framework.ratingBands,
    members: new Map(dataset.members.map((member) => [member.code, member])),
  };
  const areaNames = new Map(framework.areas.map((area) => [area.code, area.name]));
  const label = (key: string) => {
    const name = areaNames.get(key);
    return key === INDEX_KEY || !name ? m('index') : i18n.name(name);
  };
  const rows: MeasureRow[] = frame.measures.map((key) => ({
    key,
    label: label(key),
    transitions: measureTransitions(table, measureOf(key), from, to),
    href: transitionsHref(frame, from, to, key),
    shown: key === measure,
  }));
  const selected = rows.find((row) => row.shown) ?? rows[0];
  const transitions: Transitions = selected?.transitions ?? measureTransitions(table, INDEX_MEASURE, from, to);
  const totals: TransitionTotals = transitionTotals(transitions);
  const cycles = [...frame.cycles].reverse();
  const choice = (cycle: number): Choice => ({ id: String(cycle), label: String(cycle) });
  const baseline = framework.resolution.baselineCycle;
  const shownLabel = selected?.label ?? m('index');
  const shownKey = selected?.key ?? INDEX_KEY;
  const fileMeasure = shownKey === INDEX_KEY ? 'security-index' : shownKey;
  const file = (what: string): FileNameParts => ({
    measure: `${fileMeasure}-${what}`,
    group: 'members',
    cycles: [from, to],
  });
  const moveList = (way: 'up' | 'down'): MoveList => {
    const moves = way === 'up' ? transitions.up : transitions.down;
    const title = m(way === 'up' ? 'upTitle' : 'downTitle', { n: i18n.fmt.integer(moves.length) });
    return {
      title,
      empty: m(way === 'up' ? 'noneUp' : 'noneDown'),
      table: moves.length === 0 ? null : moveTable(text, title, moves, from, to),
      file: file(way === 'up' ? 'moved-up' : 'moved-down'),
    };
  };
  return {
    from,
    to,
    measure: shownKey,
    choices: {
      from: cycles.filter((cycle) => cycle < to).map(choice),
      to: cycles.filter((cycle) => cycle > frame.first).map(choice),
      measure: rows.map((row) => ({ id: row.key, label: row.label })),
    },
    presets: [
      {
        label: m('presetPrevious', { to: frame.latestClosed, from: defaultFrom(frame, frame.latestClosed) }),
        href: transitionsHref(frame, defaultFrom(frame, frame.latestClosed), frame.latestClosed, measure),
      },
      {
        label: m('presetBaseline', { to: frame.latestClosed, from: baseline }),
        href: transitionsHref(frame, baseline, frame.latestClosed, measure),
      },
    ],
    summary: summaryTable(text, m('summaryCaption', { from, to }), rows),
    detail: {
      title: m('detailTitle', { measure: shownLabel, from, to }),
      table: ratingTable(text, m('matrixCaption', { measure: shownLabel, from, to }), transitions, totals, from, to),
      file: file('transitions'),
      note: m('matrixNote', { total: totals.total, left: transitions.left }),
      lists: [moveList('up'), moveList('down')],
      flow: transitionFlow(transitions, text, { from, to, label: shownLabel, fileMeasure }),
    },
  };
}
