// A trend as an arrow with its words: ↑ improving, ↗ moderately improving, → stagnating, ↓ declining,
// • not enough data. The arrow is decoration; the label carries the meaning.
import type { TrendDirection } from '@/domain/trends';

export const TREND_ARROWS: Readonly<Record<TrendDirection, string>> = {
  improving: '↑',
  moderate: '↗',
  stagnating: '→',
  declining: '↓',
  insufficient: '•',
};

interface TrendLabelProps {
  readonly direction: TrendDirection;
  readonly label: string;
  /** Show the arrow only, with the label for assistive technology and as a tooltip (dense tables). */
  readonly compact?: boolean;
}

export function TrendLabel({ direction, label, compact = false }: TrendLabelProps) {
  return (
    <span className={`trend trend--${direction}`} title={compact ? label : undefined}>
      <span aria-hidden="true" className="trend__arrow">
        {TREND_ARROWS[direction]}
      </span>
      {compact ? <span className="visually-hidden">{label}</span> : <> {label}</>}
    </span>
  );
}
