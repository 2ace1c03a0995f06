// The one citation of the data, in words, and its licence: the Methodology page's "Cite this data" block, the
// footnote of every exported image, the data package's README and metadata, and the PDF briefs all call this.
// Pure (no React), so the export chunks can use it without pulling React in.
import type { DataSource, Lang } from '@/domain/types';
import { formatters } from '@/lib/i18n/format';
import { defineMessages, translator } from '@/lib/i18n/messages';

const citationMessages = defineMessages({
  en: {
    citation:
      'World Customs Organization ({year}). Security Programme Progress Dashboard{kind}. Source: {source}, data as of {asOf}. {url} (accessed {accessed}).',
    kind: ' [illustrative data]',
    unknown: 'unknown source',
    licence:
      'Licence: Creative Commons Attribution 4.0 International (CC BY 4.0), https://creativecommons.org/licenses/by/4.0/. Cite the source as above.',
    citeAs: 'Cite as: {citation}',
    short: 'WCO ({year}), Security Programme Progress Dashboard',
  },
  fr: {
    citation:
      'Organisation mondiale des douanes ({year}). Tableau de bord de l’avancement du Programme de sécurité{kind}. Source : {source}, données au {asOf}. {url} (consulté le {accessed}).',
    kind: ' [données illustratives]',
    unknown: 'source inconnue',
    licence:
      'Licence : Creative Commons Attribution 4.0 International (CC BY 4.0), https://creativecommons.org/licenses/by/4.0/deed.fr. Citer la source comme ci-dessus.',
    citeAs: 'Citer ainsi : {citation}',
    short: 'OMD ({year}), Tableau de bord de l’avancement du Programme de sécurité',
  },
});

/** The licence identifier that metadata.json carries. */
export const LICENCE_ID = 'CC-BY-4.0';

export interface CitationInput {
  readonly lang: Lang;
  /** The loaded data's source; null while unknown. */
  readonly source: DataSource | null;
  /** The address cited: the page the figures come from, or the dashboard's home. */
  readonly url: string;
  /** ISO date (YYYY-MM-DD) the data was looked at. */
  readonly accessed: string;
}

/** "World Customs Organization (2026). Security Programme Progress Dashboard [illustrative data]. Source: …" */
export function citation({ lang, source, url, accessed }: CitationInput): string {
  const m = translator(citationMessages, lang);
  const fmt = formatters(lang);
  return m('citation', {
    year: (source?.asOf ?? accessed).slice(0, 4),
    kind: source?.illustrative === false ? '' : m('kind'),
    source: source?.name ?? m('unknown'),
    asOf: fmt.date(source?.asOf ?? accessed),
    url,
    accessed: fmt.date(accessed),
  });
}

/** "Cite as: …", for footnotes. */
export function citeAs(input: CitationInput): string {
  return translator(citationMessages, input.lang)('citeAs', { citation: citation(input) });
}

/** The citation's short form, "WCO (2026), Security Programme Progress Dashboard", for an embed's source line. */
export function shortCitation(lang: Lang, source: DataSource | null, accessed: string): string {
  return translator(citationMessages, lang)('short', { year: (source?.asOf ?? accessed).slice(0, 4) });
}

export function licence(lang: Lang): string {
  return translator(citationMessages, lang)('licence');
}

/** Today as an ISO date, for "accessed". */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
