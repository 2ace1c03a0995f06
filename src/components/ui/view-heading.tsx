// A view's heading: its title (the tab's title too) and its lead, from the view's catalog. The view draws it, and
// so does the app while the view's code loads (app/routes.tsx), in the same elements, so nothing moves between them.
import { useDocumentTitle } from '@/lib/document-title';
import { useMessages } from '@/lib/i18n/i18n';
import type { Catalog } from '@/lib/i18n/messages';

export function ViewHeading({ messages }: { readonly messages: Catalog<'title' | 'lead'> }) {
  const m = useMessages(messages);
  useDocumentTitle(m('title'));
  return (
    <>
      <h1>{m('title')}</h1>
      <p className="lead">{m('lead')}</p>
    </>
  );
}
