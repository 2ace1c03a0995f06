// What a PDF brief holds, as plain data a view builds from its model (every text already in the reader's language
// and number format); pdf-brief.ts lays it out on A4. The charts are the drawn SVGs, so the PDF gets vectors.

export interface BriefChart {
  readonly kind: 'chart';
  readonly title: string;
  /** The drawn chart's frame on the page (a figure with a Recharts surface in it). */
  readonly figure: HTMLElement | null;
  readonly legend: readonly { readonly label: string; readonly color: string; readonly dashed: boolean }[];
  /** Height on paper, in millimetres (the width is the text column's). */
  readonly height: number;
}

export interface BriefTable {
  readonly kind: 'table';
  readonly header: readonly string[];
  /** A row of cells, or a group heading across the whole table. */
  readonly rows: readonly (readonly string[] | { readonly group: string })[];
  /** Relative column widths. */
  readonly widths: readonly number[];
}

export type BriefBlock =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | {
      readonly kind: 'figures';
      readonly items: readonly { readonly label: string; readonly value: string; readonly note: string }[];
    }
  | BriefChart
  | BriefTable;

export interface BriefSpec {
  readonly lang: 'en' | 'fr';
  readonly fileName: string;
  readonly title: string;
  readonly subtitle: string;
  /** Lines printed at the foot of every page: source and data year, method note, the label, the page's link. */
  readonly footer: readonly string[];
  /** "Page {n} of {of}" in the reader's language. */
  readonly pageOf: (n: number, of: number) => string;
  readonly blocks: readonly BriefBlock[];
}
