// "Cite this data": the same citation every export carries (lib/export/citation.ts), with the licence.
import { useDataSource } from '@/components/ui/data-source-context';
import { citation, licence, today } from '@/lib/export/citation';
import { useI18n, useMessages } from '@/lib/i18n/i18n';
import { methodologyMessages } from './messages';

export function CiteThisData() {
  const m = useMessages(methodologyMessages);
  const { lang } = useI18n();
  const source = useDataSource();
  // The dashboard's home in the reader's language: a citation names the whole work, not this page.
  const home = new URL(`${import.meta.env.BASE_URL}?lang=${lang}`, window.location.origin).href;
  return (
    // Long addresses (the page's, the licence's) break anywhere rather than widen a phone's page.
    <div className="methodology-cite">
      <p>{m('cite.lead')}</p>
      <blockquote className="methodology-citation">
        <p>{citation({ lang, source, url: home, accessed: today() })}</p>
      </blockquote>
      <p>{licence(lang)}</p>
    </div>
  );
}
