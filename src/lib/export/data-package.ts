// A chart's data package (ZIP): the CSV of what is shown, the CSV of the full data behind it, metadata.json and a
// README.txt with the citation. Loaded only when a package is asked for; fflate (about 8 KB) is its only library.
import { strToU8, zipSync } from 'fflate';
import type { Dataset, Lang } from '@/domain/types';
import { translator } from '@/lib/i18n/messages';
import { citation, LICENCE_ID, licence, today } from './citation';
import { toCsv, type CsvTable } from './csv';
import { exportFileName, type FileNameParts } from './file-name';
import { fullData, measureName, provenanceCounts, unitName, worldCoverage } from './full-data';
import { packageMessages } from './package-messages';

export interface PackageInput {
  readonly dataset: Dataset;
  /** The measure code the chart shows (INDEX, an area or indicator code), or null: the full data is every observation. */
  readonly measure?: string;
  readonly title: string;
  readonly subtitle: string;
  readonly shown: CsvTable;
  readonly file: FileNameParts;
  readonly lang: Lang;
  /** The page's address (with its language). */
  readonly pageUrl: string;
  readonly methodUrl: string;
}

export interface PackageFiles {
  readonly name: string;
  readonly files: Readonly<Record<string, string>>;
}

/** The package's files as text, and its name (pure apart from today's date). */
export function packageFiles(input: PackageInput): PackageFiles {
  const { dataset, lang, file } = input;
  const m = translator(packageMessages, lang);
  const full = fullData(dataset, input.measure ?? null, lang);
  const shownName = exportFileName(file, lang, 'csv');
  const fullName = exportFileName({ ...file, measure: `${file.measure}-full`, group: 'all' }, lang, 'csv');
  const accessed = today();
  const cite = citation({ lang, source: dataset.source, url: input.pageUrl, accessed });
  const { cycles } = dataset.framework;
  const metadata = {
    title: input.title,
    subtitle: input.subtitle,
    measure: full.measure
      ? {
          code: input.measure,
          kind: full.measure.kind,
          name: measureName(dataset, full.measure, lang),
        }
      : null,
    unit: full.measure ? unitName(full.measure, lang) : null,
    method: { text: full.method, url: input.methodUrl },
    cycles: { shown: file.cycles, first: cycles.first, latest: cycles.latest, open: cycles.open },
    coverage: worldCoverage(dataset, full.measure),
    asOf: dataset.source.asOf,
    provenance: provenanceCounts(dataset, full.measure),
    source: { name: dataset.source.name, illustrative: dataset.source.illustrative },
    licence: { id: LICENCE_ID, text: licence(lang) },
    citation: cite,
    page: input.pageUrl,
    language: lang,
    accessed,
    files: [shownName, fullName, 'metadata.json', 'README.txt'],
  };
  const readme = [
    m('readme.title', { title: input.title }),
    input.subtitle,
    '',
    dataset.source.illustrative ? m('illustrative') : '',
    `${m('readme.files')}:`,
    `- ${m('readme.shown', { file: shownName })}`,
    `- ${m(full.measure ? 'readme.full' : 'readme.fullObservations', { file: fullName })}`,
    `- ${m('readme.metadata')}`,
    m('readme.csv'),
    '',
    `${m('readme.method')}:`,
    full.method,
    m('readme.methodLink', { url: input.methodUrl }),
    '',
    `${m('readme.cite')}:`,
    cite,
    '',
    `${m('readme.licence')}:`,
    licence(lang),
    '',
  ]
    .filter((line, i, lines) => !(line === '' && lines[i - 1] === ''))
    .join('\r\n');
  return {
    name: exportFileName(file, lang, 'zip'),
    files: {
      [shownName]: toCsv(input.shown.header, input.shown.rows),
      [fullName]: toCsv(full.table.header, full.table.rows),
      'metadata.json': `${JSON.stringify(metadata, null, 2)}\n`,
      'README.txt': readme,
    },
  };
}

/** The package as a ZIP file. */
export function zipPackage({ files }: PackageFiles): Blob {
  const entries = Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)]));
  const bytes = zipSync(entries, { level: 6 });
  return new Blob([bytes], { type: 'application/zip' });
}
