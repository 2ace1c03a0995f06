// What the Member has not reported in the latest closed cycle and in the open one, as sentences and lists.
import { completeness } from '@/domain/aggregates';
import { latestClosedCycle, scoredIndicators } from '@/domain/framework';
import { reportOf } from '@/domain/observations';
import type { ScoreTable } from '@/domain/score-table';
import type { Framework, Member } from '@/domain/types';
import type { Words } from './scorecard-words';

export interface CycleGaps {
  readonly cycle: number;
  readonly heading: string;
  /** How much was reported, and whether that gives an Index. */
  readonly summary: string;
  /** "Every indicator reported." or "Nothing reported for this cycle yet.", when one of them is true. */
  readonly status: string | null;
  /** Names of the indicators not reported (empty when nothing at all was). */
  readonly missingScored: readonly string[];
  readonly missingContext: readonly string[];
}

/** The latest closed cycle and the open one, those the Member existed in. */
function gapCycles(framework: Framework, member: Member): number[] {
  const closed = latestClosedCycle(framework);
  const open = framework.cycles.open;
  const cycles = [closed];
  if (open !== null && open > closed && open <= framework.cycles.latest) cycles.push(open);
  return cycles.filter((cycle) => cycle >= member.joined);
}

export function reportingGaps(words: Words, table: ScoreTable, member: Member): CycleGaps[] {
  const { t, i18n } = words;
  const { framework, observations } = table.dataset;
  const scored = scoredIndicators(framework);
  return gapCycles(framework, member).map((cycle) => {
    const report = reportOf(observations, member.code, cycle);
    const missing = framework.indicators.filter((indicator) => !report.has(indicator.code));
    const reported = completeness(scored, [report]);
    const index = table.members.get(member.code)?.get(cycle)?.index ?? null;
    const nothingReported = report.size === 0;
    const names = (wanted: boolean) =>
      nothingReported
        ? []
        : missing.filter((indicator) => scored.includes(indicator) === wanted).map((i) => i18n.name(i.name));
    return {
      cycle,
      heading: cycle === framework.cycles.open ? t('gaps.open', { cycle }) : t('gaps.closed', { cycle }),
      summary: `${t('gaps.reported', {
        reported: reported.reported,
        expected: reported.expected,
        share: i18n.fmt.percent(reported.share ?? 0),
      })} ${index === null ? t('gaps.noIndex') : t('gaps.index', { value: i18n.fmt.score(index) })}`,
      status: missing.length === 0 ? t('gaps.all') : nothingReported ? t('gaps.nothing') : null,
      missingScored: names(true),
      missingContext: names(false),
    };
  });
}
