// What each picker offers, in the language shown: the measures grouped by programme area, the Members not yet
// chosen grouped by region (alphabetical within each), and the cycles a range end may take.
import type { Choice } from '@/components/ui/select';
import type { Member } from '@/domain/types';
import type { ExploreFrame } from './explore-frame';
import { measureOptionText, type ExploreText } from './explore-text';

type Words = Pick<ExploreText, 'i18n' | 'm'>;

export interface ComboSection<T> {
  readonly id: string;
  readonly label: string;
  readonly options: readonly T[];
}

export interface MeasureChoice extends Choice {
  readonly code: string;
}

export interface MemberChoice extends Choice {
  readonly code: string;
  readonly name: string;
}

/** The Index and the area scores first, then each programme area's indicators under the area's name. */
export function measureSections(frame: ExploreFrame, words: Words): ComboSection<MeasureChoice>[] {
  return frame.measures.map((group) => ({
    id: `section-${group.area?.code ?? 'scores'}`,
    label: group.area ? words.i18n.name(group.area.name) : words.m('measure.areaScores'),
    options: group.options.map((option) => ({
      id: option.code,
      code: option.code,
      label: measureOptionText(option, words),
    })),
  }));
}

/** The box's text for a measure: its name as the list writes it. */
export function measureText(frame: ExploreFrame, code: string, words: Words): string {
  const option = frame.measures.flatMap((group) => group.options).find((candidate) => candidate.code === code);
  return option ? measureOptionText(option, words) : '';
}

/** The Members that can still be added, under their region's name; regions with none left are not shown. */
export function memberSections(
  frame: ExploreFrame,
  chosen: readonly string[],
  { i18n }: Words,
): ComboSection<MemberChoice>[] {
  const collator = new Intl.Collator(i18n.lang);
  const choice = (member: Member): MemberChoice => {
    const name = i18n.name(member.name);
    return { id: member.code, code: member.code, name, label: `${name} ${member.code}` };
  };
  return frame.regions
    .map((region) => ({
      id: `region-${region.code}`,
      label: i18n.name(region.name),
      options: frame.members
        .filter((member) => member.region === region.code && !chosen.includes(member.code))
        .map(choice)
        .sort((a, b) => collator.compare(a.name, b.name)),
    }))
    .filter((section) => section.options.length > 0);
}

/** The cycles one end of the range may take: not past the other end. */
export function rangeChoices(frame: ExploreFrame, which: 'from' | 'to', other: number): Choice[] {
  return cycleChoices(frame.cycles.filter((cycle) => (which === 'from' ? cycle <= other : cycle >= other)));
}

export function cycleChoices(cycles: readonly number[]): Choice[] {
  return cycles.map((cycle) => ({ id: String(cycle), label: String(cycle) }));
}
