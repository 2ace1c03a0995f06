// "Download PDF": builds a brief (the view says what is in it) and lays it out with jsPDF, both loaded on click.
import { useState } from 'react';
import type { BriefSpec } from '@/lib/export/brief-spec';
import { pdfMessages } from '@/lib/export/pdf-messages';
import { useMessages } from '@/lib/i18n/i18n';
import { drawEveryChart } from './chart-drawing';
import './download-menu.css';

type Status = { readonly tone: 'busy' | 'done' | 'error'; readonly text: string } | null;

export function PdfButton({ brief }: { readonly brief: () => Promise<BriefSpec> }) {
  const m = useMessages(pdfMessages);
  const [status, setStatus] = useState<Status>(null);
  const run = async () => {
    setStatus({ tone: 'busy', text: m('working') });
    try {
      // Charts below the fold are drawn first: the brief copies each drawn chart.
      await drawEveryChart();
      const [spec, { renderBrief }, { downloadBlob }] = await Promise.all([
        brief(),
        import('@/lib/export/pdf-brief'),
        import('@/lib/export/download'),
      ]);
      downloadBlob(await renderBrief(spec), spec.fileName);
      setStatus({ tone: 'done', text: m('done', { file: spec.fileName }) });
    } catch (error) {
      setStatus({
        tone: 'error',
        text: m('failed', { reason: error instanceof Error ? error.message : String(error) }),
      });
    }
  };
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={status?.tone === 'busy'}
        onClick={() => {
          void run();
        }}
      >
        {m('download')}
      </button>
      <span role="status" className={status?.tone === 'error' ? 'download-menu__status--error' : 'visually-hidden'}>
        {status?.text ?? ''}
      </span>
    </>
  );
}
