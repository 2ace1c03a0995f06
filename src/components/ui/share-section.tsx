// The chart menu's Share part: "Copy link" (the view's address with its query) and, for a chart that has an embed,
// "Copy embed code" (an <iframe> of `/embed/…`, lib/export/share-links.ts). Copied with the Clipboard API and
// confirmed on screen; when the browser refuses, the text is shown selected, to copy by hand.
import { useState } from 'react';
import { Button, Header, Label, MenuItem, MenuSection, TextArea, TextField, type Key } from 'react-aria-components';
import { useLocation } from 'react-router';
import { absoluteUrl, embedPath, embedSnippet, type EmbedChoice } from '@/lib/export/share-links';
import { useI18n, useMessages } from '@/lib/i18n/i18n';
import { shareMessages } from './share-messages';
import './listbox.css';

/** What a chart is shared as: its title (the iframe's name) and, if its view has an embed, which chart it is. */
export interface ShareTarget {
  readonly title: string;
  readonly embed: Pick<EmbedChoice, 'chart'> | undefined;
}

type ShareKey = 'link' | 'embed';
const isShareKey = (key: Key): key is ShareKey => key === 'link' || key === 'embed';

export function ShareSection({ target }: { readonly target: ShareTarget }) {
  const m = useMessages(shareMessages);
  return (
    <MenuSection className="download-menu__section">
      <Header className="listbox__header">{m('share')}</Header>
      <MenuItem id="link" className="download-menu__item">
        {m('link')}
      </MenuItem>
      {target.embed ? (
        <MenuItem id="embed" className="download-menu__item">
          {m('embed')}
        </MenuItem>
      ) : null}
    </MenuSection>
  );
}

type Outcome = { readonly key: ShareKey; readonly copied: boolean; readonly text: string } | null;

/** Runs a Share item (`run` returns false for keys that are not its own) and shows what became of it. */
export function useShare(target: ShareTarget) {
  const m = useMessages(shareMessages);
  const { lang } = useI18n();
  const { pathname, search } = useLocation();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const textOf = (key: ShareKey): string => {
    const { origin } = window.location;
    const base = import.meta.env.BASE_URL;
    if (key === 'link') return absoluteUrl(origin, base, `${pathname}${search}`);
    const src = absoluteUrl(origin, base, embedPath(pathname, search, { chart: target.embed?.chart, lang }));
    return embedSnippet(src, target.title);
  };
  const run = (key: Key): boolean => {
    if (!isShareKey(key)) return false;
    const text = textOf(key);
    // No Clipboard API at all (a page on plain HTTP) rejects the same way as a refusal.
    const copy = (async () => {
      await navigator.clipboard.writeText(text);
    })();
    copy.then(
      () => {
        setOutcome({ key, copied: true, text });
      },
      () => {
        setOutcome({ key, copied: false, text });
      },
    );
    return true;
  };
  const feedback = (
    <>
      <span role="status" className="download-menu__copied">
        {outcome?.copied ? m(`${outcome.key}.copied`) : outcome ? m('refused') : ''}
      </span>
      {outcome && !outcome.copied ? (
        <div className="download-menu__fallback">
          <TextField value={outcome.text} isReadOnly className="download-menu__fallback-field">
            <Label>{m(`${outcome.key}.fallback`)}</Label>
            {/* Focused and selected at once (the menu that asked has closed): the next Ctrl+C copies it. */}
            <TextArea
              // eslint-disable-next-line jsx-a11y/no-autofocus
              autoFocus
              rows={3}
              onFocus={(event) => {
                event.currentTarget.select();
              }}
            />
          </TextField>
          <Button
            className="button button--quiet"
            onPress={() => {
              setOutcome(null);
            }}
          >
            {m('close')}
          </Button>
        </div>
      ) : null}
    </>
  );
  return { run, feedback };
}
