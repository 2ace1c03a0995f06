// The Download menu of a chart frame (PNG, SVG, CSV, ZIP) or a table (CSV, ZIP), with its Share part (Copy link,
// Copy embed code), in react-aria for keyboard and screen-reader support. It is its own chunk, loaded when someone
// reaches for the Download button (download-button.tsx).
import { useEffect, useRef, useState } from 'react';
import { Button, Header, Menu, MenuItem, MenuSection, MenuTrigger, Popover, type Key } from 'react-aria-components';
import { citeAs, today } from '@/lib/export/citation';
import type { ChartExportRequest, ExportWords } from '@/lib/export/export-chart';
import type { ExportFormat } from '@/lib/export/file-name';
import { exportMessages } from '@/lib/export/messages';
import { useI18n, useMessages } from '@/lib/i18n/i18n';
import { useQueryClient } from '@tanstack/react-query';
import { datasetQueryOptions } from '@/api/dataset';
import { useDataSource } from './data-source-context';
import { shareMessages } from './share-messages';
import { ShareSection, useShare, type ShareTarget } from './share-section';
import './download-menu.css';
import './listbox.css';

const FORMATS: readonly ExportFormat[] = ['png', 'svg', 'csv', 'zip'];

export interface DownloadMenuProps {
  readonly label: string;
  /** Opens on mount: the placeholder it replaces was pressed. */
  readonly openOnMount: boolean;
  /** What to export, read from the frame when a download is asked for. */
  readonly request: () => Promise<ChartExportRequest>;
  /** The formats offered (a table has no image); all by default. */
  readonly formats?: readonly ExportFormat[];
  /** What Copy link and Copy embed code share. */
  readonly share: ShareTarget;
}

type Status = { readonly tone: 'busy' | 'done' | 'error'; readonly text: string } | null;

export function DownloadMenu({ label, openOnMount, request, formats = FORMATS, share }: DownloadMenuProps) {
  const m = useMessages(exportMessages);
  const sharing = useShare(share);
  const s = useMessages(shareMessages);
  const { t, lang } = useI18n();
  const source = useDataSource();
  const client = useQueryClient();
  const [status, setStatus] = useState<Status>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const openAtFirst = useRef(openOnMount);
  useEffect(() => {
    // The pressed placeholder is gone: focus its replacement first, so that closing the menu returns there.
    if (!openAtFirst.current) return;
    button.current?.focus();
    setOpen(true);
  }, []);
  const run = async (key: Key) => {
    const format = formats.find((candidate) => candidate === key);
    if (!format) return;
    setStatus({ tone: 'busy', text: m('working') });
    try {
      // The footnote names the loaded data's source (provided by the layout).
      const words: ExportWords = {
        illustrative: source?.illustrative === false ? null : t('footer.illustrative'),
        method: (url) => m('method', { url }),
        cite: (url) => citeAs({ lang, source, url, accessed: today() }),
      };
      // The export code (SVG, PNG, CSV builders, fonts) loads only now.
      const { exportChart } = await import('@/lib/export/export-chart');
      // A package needs the whole dataset, which the Overview may not have loaded yet (it draws from the summary
      // document): it is awaited here, from the cache or the network, rather than refused.
      const dataset = () => client.query({ ...datasetQueryOptions(), staleTime: 'static' });
      const file = await exportChart(format, { ...(await request()), words, dataset });
      setStatus({ tone: 'done', text: m('done', { file }) });
    } catch (error) {
      setStatus({
        tone: 'error',
        text: m('failed', { reason: error instanceof Error ? error.message : String(error) }),
      });
    }
  };
  return (
    <>
      <MenuTrigger isOpen={open} onOpenChange={setOpen}>
        <Button className="button button--quiet download-menu__button" ref={button}>
          {label} <span aria-hidden="true">▾</span>
        </Button>
        <Popover className="download-menu__popover" placement="bottom start">
          <Menu
            className="download-menu"
            // A menu opened from its button starts on its first item (the WAI-ARIA menu button pattern).
            // eslint-disable-next-line jsx-a11y/no-autofocus
            autoFocus="first"
            aria-label={m('menu')}
            onAction={(key) => {
              if (!sharing.run(key)) void run(key);
            }}
          >
            <MenuSection className="download-menu__section">
              <Header className="listbox__header">{s('downloads')}</Header>
              {formats.map((format) => (
                <MenuItem key={format} id={format} className="download-menu__item">
                  {m(format)}
                </MenuItem>
              ))}
            </MenuSection>
            <ShareSection target={share} />
          </Menu>
        </Popover>
      </MenuTrigger>
      <span role="status" className={status?.tone === 'error' ? 'download-menu__status--error' : 'visually-hidden'}>
        {status?.text ?? ''}
      </span>
      {sharing.feedback}
    </>
  );
}
