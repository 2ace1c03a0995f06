// Entry point. In development (or a build made with VITE_MSW=on) the MSW worker serves the contract first.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createQueryClient } from '@/lib/query-client';
import { App } from './app';
import './styles.css';

async function startMocks(): Promise<void> {
  if (import.meta.env.DEV || import.meta.env.VITE_MSW === 'on') {
    const { startWorker } = await import('@mocks/browser');
    await startWorker();
  }
}

function render(): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App queryClient={createQueryClient()} router={BrowserRouter} />
    </StrictMode>,
  );
}

void startMocks().then(render);
