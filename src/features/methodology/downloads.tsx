// The Methodology page's Downloads: every observation as CSV (the import's columns) and the contract files.
import { useState } from 'react';
import { apiBase } from '@/api/client';
import type { Cycles, Dataset } from '@/domain/types';
import { useDatasetView } from '@/lib/dataset-view';
import { useMessages } from '@/lib/i18n/i18n';
import { useLanguage } from '@/lib/preferences';
import { methodologyMessages } from './messages';
import type { MethodologyKey } from './methodology-model';

const wholeDataset = (dataset: Dataset): Dataset => dataset;

const CONTRACT: readonly { file: string; label: MethodologyKey }[] = [
  { file: 'framework.json', label: 'downloads.framework' },
  { file: 'members.json', label: 'downloads.members' },
  { file: 'observations.json', label: 'downloads.observationsJson' },
];

export function Downloads({ cycles }: { readonly cycles: Cycles }) {
  const m = useMessages(methodologyMessages);
  const lang = useLanguage();
  const { data: dataset } = useDatasetView(wholeDataset);
  const [status, setStatus] = useState('');
  const base = apiBase();
  const downloadObservations = async () => {
    if (!dataset) return;
    setStatus(m('downloads.working'));
    try {
      // The CSV writer and download helper load only when asked for.
      const [{ datasetObservations, observationRowsToCsv }, { downloadBlob }, { exportFileName }] = await Promise.all([
        import('@/lib/export/observations-csv'),
        import('@/lib/export/download'),
        import('@/lib/export/file-name'),
      ]);
      const csv = observationRowsToCsv(datasetObservations(dataset));
      const name = exportFileName(
        { measure: 'observations', group: 'all-members', cycles: [cycles.first, cycles.latest] },
        lang,
        'csv',
      );
      downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), name);
      setStatus('');
    } catch (error) {
      setStatus(m('downloads.failed', { reason: error instanceof Error ? error.message : String(error) }));
    }
  };
  return (
    <>
      <p>{m('downloads.lead')}</p>
      <p>
        <button
          type="button"
          className="button"
          disabled={!dataset}
          onClick={() => {
            void downloadObservations();
          }}
        >
          {m('downloads.observations')}
        </button>
      </p>
      <p>{m('downloads.observationsNote')}</p>
      <p role="status">{status}</p>
      <p>{m('downloads.contract')}</p>
      <ul>
        {CONTRACT.map(({ file, label }) => (
          <li key={file}>
            <a href={new URL(file, base).href} download={file}>
              {m(label)}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
