// How the explorer writes its values: scores with one decimal, counts and amounts in their own unit, changes
// with a sign.
import type { MeasureUnit } from '@/domain/measures';
import type { Lang } from '@/domain/types';
import { intlLocale } from '@/lib/i18n/format';
import type { I18n } from '@/lib/i18n/i18n';
import type { Mode } from './explore-frame';

const raw = new Map<string, Intl.NumberFormat>();

function rawFormat(lang: Lang, signed: boolean): Intl.NumberFormat {
  const key = `${lang}${signed ? '+' : ''}`;
  let format = raw.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(lang), {
      maximumFractionDigits: 1,
      signDisplay: signed ? 'exceptZero' : 'auto',
    });
    raw.set(key, format);
  }
  return format;
}

/** Writes a plotted value: a score or count, or its change since the baseline. */
export function valueFormatter(unit: MeasureUnit, mode: Mode, i18n: I18n): (value: number) => string {
  if (unit === 'score') return mode === 'change' ? i18n.fmt.change : i18n.fmt.score;
  const format = rawFormat(i18n.lang, mode === 'change');
  return (value) => format.format(value).replace('-', '−');
}

/** Short tick labels for counts and amounts (12 k, 1,2 M). */
export function tickFormatter(lang: Lang): (value: number) => string {
  const format = new Intl.NumberFormat(intlLocale(lang), {
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  return (value) => format.format(value);
}
