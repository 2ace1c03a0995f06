// The Member directory as data (pure `select`s, run by useDatasetView): each Member's Index in its latest closed
// cycle with one — value, rating, trend and change since the resolution from summariseSeries — and its reporting
// completeness; then the rows the link's search, region and rating keep, as the one table spec, sorted.
import { completeness } from '@/domain/aggregates';
import { latestClosedCycle, scoredIndicators } from '@/domain/framework';
import { reportOf } from '@/domain/observations';
import { memberReferenceCycle } from '@/domain/ranking';
import { INDEX_MEASURE, memberSeries, scoresOf } from '@/domain/score-table';
import { summariseSeries, type SeriesSummary } from '@/domain/summary';
import type { Dataset, Lang, Member, Region } from '@/domain/types';
import type { Choice } from '@/components/ui/select';
import { createI18n } from '@/lib/i18n/i18n';
import { translator } from '@/lib/i18n/messages';
import { createSearch } from '@/lib/search';
import { compareSortValues, sortTable, type TableSpec } from '@/lib/table/table-spec';
import { directoryTable } from './directory-table';
import { tableSort, type DirectoryFrame, type DirectoryValues, type RatingFilter } from './directory-state';
import { membersMessages } from './messages';

export interface DirectoryRow {
  readonly member: Member;
  readonly region: Region | null;
  /** The cycle of the Index shown: the Member's latest closed cycle with an Index (null: never had one). */
  readonly cycle: number | null;
  /** The Index, its rating, trend and change since the resolution, up to that cycle. */
  readonly summary: SeriesSummary;
  /** Share of the scored indicators reported in the latest closed cycle; null before the Member joined. */
  readonly completeness: number | null;
}

export type DirectoryInput = DirectoryValues & { readonly lang: Lang; readonly mine: string | null };

export interface DirectoryModel {
  readonly regionChoices: readonly Choice[];
  readonly ratingChoices: readonly (Choice & { readonly id: RatingFilter })[];
  /** "5 of 12 Members shown", or what to do when none is. */
  readonly count: string;
  /** Null when no Member matches. */
  readonly table: TableSpec<DirectoryRow> | null;
  readonly note: string;
}

export function selectDirectoryFrame(dataset: Dataset): DirectoryFrame {
  return { regionCodes: dataset.framework.regions.map((region) => region.code) };
}

interface Directory {
  readonly rows: readonly DirectoryRow[];
  readonly search: (query: string) => DirectoryRow[];
  readonly closedCycle: number;
}

// The rows do not depend on the link: made once per dataset, not at every keystroke.
const directories = new WeakMap<Dataset, Directory>();

function directoryOf(dataset: Dataset): Directory {
  const made = directories.get(dataset) ?? buildDirectory(dataset);
  directories.set(dataset, made);
  return made;
}

function buildDirectory(dataset: Dataset): Directory {
  const { framework } = dataset;
  const table = scoresOf(dataset);
  const closedCycle = latestClosedCycle(framework);
  const scored = scoredIndicators(framework);
  const regions = new Map(framework.regions.map((region) => [region.code, region]));
  const rows = dataset.members.map((member): DirectoryRow => {
    const cycle = memberReferenceCycle(table, member.code);
    return {
      member,
      region: regions.get(member.region) ?? null,
      cycle,
      summary: summariseSeries(memberSeries(table, member.code, INDEX_MEASURE), {
        cycle: cycle ?? closedCycle,
        baselineCycle: framework.resolution.baselineCycle,
        bands: framework.ratingBands,
      }),
      completeness:
        member.joined > closedCycle
          ? null
          : completeness(scored, [reportOf(dataset.observations, member.code, closedCycle)]).share,
    };
  });
  const search = createSearch(rows, (row) => ({
    code: row.member.code,
    names: [row.member.name.en, row.member.name.fr],
  }));
  return { rows, search, closedCycle };
}

/** Rows matching the search (names in English or French, codes), the region and the rating. */
function filterRows(directory: Directory, input: DirectoryInput): DirectoryRow[] {
  return directory
    .search(input.q)
    .filter(
      (row) =>
        (input.region === 'all' || row.member.region === input.region) &&
        (input.rating === 'all' || (row.summary.rating?.code ?? 'none') === input.rating),
    );
}

export function selectDirectory(dataset: Dataset, input: DirectoryInput): DirectoryModel {
  const { framework } = dataset;
  const t = translator(membersMessages, input.lang);
  const i18n = createI18n(input.lang);
  const directory = directoryOf(dataset);
  // By name first, so that rows a sort leaves tied stay in alphabetical order.
  const rows = filterRows(directory, input).sort((a, b) =>
    compareSortValues(a.member.name[input.lang], b.member.name[input.lang], 'ascending', input.lang),
  );
  const facts = { closedCycle: directory.closedCycle, baselineCycle: framework.resolution.baselineCycle };
  const table = directoryTable(rows, { t, i18n }, { ...facts, mine: input.mine });
  return {
    regionChoices: [
      { id: 'all', label: t('region.all') },
      ...framework.regions.map((region) => ({ id: region.code, label: i18n.name(region.name) })),
    ],
    ratingChoices: [
      { id: 'all', label: t('rating.all') },
      ...framework.ratingBands.map((band) => ({ id: band.code, label: i18n.name(band.name) })),
      { id: 'none', label: t('rating.none') },
    ],
    count: rows.length === 0 ? t('count.none') : t('count', { n: rows.length, of: directory.rows.length }),
    table: rows.length === 0 ? null : sortTable(table, tableSort(input), input.lang),
    note: t('note', { cycle: directory.closedCycle }),
  };
}
