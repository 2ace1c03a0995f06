// A rating shown as its word on its colour: colour is never the only carrier of the meaning.
import type { RatingCode } from '@/domain/types';

interface RatingBadgeProps {
  readonly code: RatingCode | null;
  /** The rating's name in the current language, or the "insufficient data" text when `code` is null. */
  readonly label: string;
}

export function RatingBadge({ code, label }: RatingBadgeProps) {
  return <span className={`rating-badge rating-badge--${code ?? 'none'}`}>{label}</span>;
}
