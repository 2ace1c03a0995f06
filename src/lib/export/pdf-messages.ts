// Words of the PDF briefs shared by the Scorecard and the Overview: the button, its status, the footer lines.
import type { DataSource, Lang } from '@/domain/types';
import { formatters } from '@/lib/i18n/format';
import { defineMessages, translator } from '@/lib/i18n/messages';
import { citeAs, today } from './citation';

export const pdfMessages = defineMessages({
  en: {
    download: 'Download PDF',
    working: 'Preparing the PDF…',
    done: 'Downloaded {file}.',
    failed: 'The PDF could not be prepared: {reason}',
    pageOf: 'Page {n} of {of}',
    source: 'Source: {source}, data as of {date}. Data year: {cycle}.',
    method:
      'Method: scores follow the published method (stages 0–4 scored 0–100; area scores and the Index need enough reported indicators; averages need 50% coverage): {url}',
    illustrative: 'Illustrative data: generated to show how the dashboard works, not real Member returns.',
    page: 'View online: {url}',
  },
  fr: {
    download: 'Télécharger le PDF',
    working: 'Préparation du PDF…',
    done: '{file} téléchargé.',
    failed: 'Le PDF n’a pas pu être préparé : {reason}',
    pageOf: 'Page {n} sur {of}',
    source: 'Source : {source}, données au {date}. Année des données : {cycle}.',
    method:
      'Méthode : les scores suivent la méthode publiée (stades 0–4 notés de 0 à 100 ; les scores des domaines et l’indice exigent assez d’indicateurs déclarés ; les moyennes exigent 50 % de couverture) : {url}',
    illustrative:
      'Données illustratives : générées pour montrer le fonctionnement du tableau de bord, et non des déclarations réelles des Membres.',
    page: 'Consulter en ligne : {url}',
  },
});

export interface BriefFooterInput {
  readonly lang: Lang;
  readonly source: DataSource | null;
  readonly cycle: number;
}

/** The page's address in a language, and the method's. */
export function briefUrls(lang: Lang): { readonly page: string; readonly method: string } {
  const page = new URL(window.location.href);
  page.searchParams.set('lang', lang);
  const method = new URL(`${import.meta.env.BASE_URL}methodology?lang=${lang}`, window.location.origin);
  return { page: page.href, method: method.href };
}

/** Source and data year, method note, the illustrative-data label and the page's link: every page's footer. */
export function briefFooter({ lang, source, cycle }: BriefFooterInput): string[] {
  const m = translator(pdfMessages, lang);
  const urls = briefUrls(lang);
  return [
    source ? m('source', { source: source.name, date: formatters(lang).date(source.asOf), cycle }) : '',
    m('method', { url: urls.method }),
    source?.illustrative === false ? '' : m('illustrative'),
    m('page', { url: urls.page }),
  ].filter(Boolean);
}

/** The citation every export carries, for the brief's last lines. */
export function briefCitation(lang: Lang, source: DataSource | null): string {
  return citeAs({ lang, source, url: briefUrls(lang).page, accessed: today() });
}

export function pageOf(lang: Lang): (n: number, of: number) => string {
  const m = translator(pdfMessages, lang);
  return (n, of) => m('pageOf', { n, of });
}
