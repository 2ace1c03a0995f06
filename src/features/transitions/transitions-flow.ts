// The flow chart of who moved between ratings (a Sankey): a node per rating held in the first cycle (left) and in
// the second (right), a link per non-empty cell of the domain's transition table, its width the Members in it;
// with the words around it (title, summary) and its table alternative, which is also its CSV. Pure.
import type { Transitions } from '@/domain/transitions';
import type { RatingCode } from '@/domain/types';
import type { FileNameParts } from '@/lib/export/file-name';
import type { TableSpec } from '@/lib/table/table-spec';
import type { TransitionsText } from './transitions-model';

export interface FlowNode {
  /** "Emerging (12)": the node's label. */
  readonly name: string;
  readonly rating: RatingCode;
  readonly side: 'from' | 'to';
  readonly count: number;
}

export interface FlowLink {
  /** Indices into the nodes. */
  readonly source: number;
  readonly target: number;
  /** Members who went from the source's rating to the target's. */
  readonly value: number;
  readonly from: RatingCode;
  readonly to: RatingCode;
  /** Bands moved: positive up, negative down, 0 for the same rating. */
  readonly steps: number;
}

export interface TransitionFlow {
  readonly title: string;
  readonly subtitle: string;
  readonly summary: string;
  readonly footnote: string;
  readonly nodes: readonly FlowNode[];
  readonly links: readonly FlowLink[];
  readonly table: TableSpec<FlowLink>;
  readonly file: FileNameParts;
}

export interface FlowInput {
  readonly from: number;
  readonly to: number;
  /** The measure's name shown, and its name in file names. */
  readonly label: string;
  readonly fileMeasure: string;
}

/** The Sankey's nodes and links: only ratings someone holds, only transitions someone made. */
export function flowGraph(transitions: Transitions, name: (code: RatingCode, count: number) => string) {
  const { ratings, counts } = transitions;
  const rowTotal = (i: number) => (counts[i] ?? []).reduce((sum, n) => sum + n, 0);
  const columnTotal = (j: number) => counts.reduce((sum, row) => sum + (row[j] ?? 0), 0);
  const nodes: FlowNode[] = [];
  const fromIndex = new Map<number, number>();
  const toIndex = new Map<number, number>();
  ratings.forEach((rating, i) => {
    const count = rowTotal(i);
    if (count === 0) return;
    fromIndex.set(i, nodes.length);
    nodes.push({ name: name(rating, count), rating, side: 'from', count });
  });
  ratings.forEach((rating, j) => {
    const count = columnTotal(j);
    if (count === 0) return;
    toIndex.set(j, nodes.length);
    nodes.push({ name: name(rating, count), rating, side: 'to', count });
  });
  const links: FlowLink[] = [];
  counts.forEach((row, i) => {
    row.forEach((value, j) => {
      const source = fromIndex.get(i);
      const target = toIndex.get(j);
      const from = ratings[i];
      const to = ratings[j];
      if (value === 0 || source === undefined || target === undefined || !from || !to) return;
      links.push({ source, target, value, from, to, steps: j - i });
    });
  });
  return { nodes, links };
}

export function transitionFlow(transitions: Transitions, text: TransitionsText, input: FlowInput): TransitionFlow {
  const { m, i18n } = text;
  const { from, to } = input;
  const band = (code: RatingCode) => {
    const found = text.bands.find((item) => item.code === code);
    return found ? i18n.name(found.name) : code;
  };
  const { nodes, links } = flowGraph(transitions, (code, count) =>
    m('flowNode', { rating: band(code), n: i18n.fmt.integer(count) }),
  );
  const largest = [...links].sort((a, b) => b.value - a.value)[0];
  const way = (link: FlowLink) => m(link.steps > 0 ? 'up' : link.steps < 0 ? 'down' : 'same');
  const summary = [
    m('flowSummary', {
      total: transitions.total,
      links: links.length,
      up: transitions.up.length,
      same: transitions.same,
      down: transitions.down.length,
    }),
    largest
      ? m(largest.steps === 0 ? 'flowLargestSame' : 'flowLargest', {
          n: largest.value,
          from: band(largest.from),
          to: band(largest.to),
        })
      : '',
  ].join(' ');
  const title = m('flowTitle', { measure: input.label, from, to });
  return {
    title,
    subtitle: m('flowSubtitle', { from, to }),
    summary: summary.trim(),
    footnote: m('flowFootnote'),
    nodes,
    links,
    table: {
      caption: title,
      rows: links,
      rowKey: (link) => `${link.from}-${link.to}`,
      columns: [
        { key: 'from', header: m('ratingIn', { cycle: from }), rowHeader: true, cell: (link) => band(link.from) },
        { key: 'to', header: m('ratingIn', { cycle: to }), cell: (link) => band(link.to) },
        {
          key: 'members',
          header: m('flowMembers'),
          numeric: true,
          cell: (link) => i18n.fmt.integer(link.value),
          value: (link) => link.value,
        },
        { key: 'way', header: m('listChange'), cell: way },
      ],
    },
    file: { measure: `${input.fileMeasure}-flows`, group: 'members', cycles: [from, to] },
  };
}
