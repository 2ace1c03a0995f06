// A table's Download menu: the CSV of exactly the rows shown (the table's own TableSpec, as the chart frames
// do), and the data package when the table is about one measure. The menu and export code load on use.
import type { FileNameParts } from '@/lib/export/file-name';
import { useLanguage } from '@/lib/preferences';
import { tableCells } from '@/lib/table/table-cells';
import type { TableSpec } from '@/lib/table/table-spec';
import { DownloadButton } from './download-button';

interface TableDownloadProps<Row> {
  readonly table: TableSpec<Row>;
  /** The title and subtitle the data package's metadata and README carry (the caption by default). */
  readonly title?: string;
  readonly subtitle?: string;
  /** What downloads are named after (the language is added). */
  readonly file: FileNameParts;
  /** The measure code the table is about (INDEX, an area or indicator code): offers the data package too. */
  readonly measure?: string;
}

export function TableDownload<Row>({ table, title, subtitle, file, measure }: TableDownloadProps<Row>) {
  const lang = useLanguage();
  const request = () =>
    Promise.resolve({
      figure: null,
      title: title ?? table.caption,
      subtitle: subtitle ?? '',
      legend: {},
      file,
      lang,
      measure,
      table: tableCells(table),
    });
  return (
    <div className="table-download">
      <DownloadButton
        request={request}
        formats={measure === undefined ? ['csv'] : ['csv', 'zip']}
        share={{ title: title ?? table.caption, embed: undefined }}
      />
    </div>
  );
}
