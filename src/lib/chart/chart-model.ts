// What a view's model says about one chart in its frame: the words around it, the series drawn and the rows they
// are drawn from, the table behind it (also its CSV) and what its downloads are named after.
import type { FileNameParts } from '@/lib/export/file-name';
import type { TableSpec } from '@/lib/table/table-spec';
import type { ChartConfig, ChartRow } from './chart-config';
import type { ChartFacts } from './chart-navigation';

export interface ChartModel<Row> {
  readonly title: string;
  readonly subtitle: string;
  readonly summary: string;
  readonly footnote: string;
  readonly config: ChartConfig;
  readonly rows: readonly ChartRow[];
  /** The points' rating and coverage, said when the chart is explored by keyboard and used by its summary. */
  readonly facts?: ChartFacts;
  readonly file: FileNameParts;
  /** The measure code drawn (INDEX, an area or indicator code), for the data package's full data. */
  readonly measure?: string;
  readonly table: TableSpec<Row>;
}
