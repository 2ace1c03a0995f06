// Entry point. In development (or a build made with VITE_MSW=on) the MSW worker serves the contract first.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { loadRuntimeConfig } from '@/api/runtime-config';
import { createQueryClient } from '@/lib/query-client';
import { App } from './app';
import './styles.css';
import './palette.css';

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

function renderFailure(error: unknown): void {
  // config.json exists but is broken: say so instead of showing a blank page.
  const root = document.getElementById('root');
  if (!root) return;
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = error instanceof Error ? error.message : String(error);
  root.replaceChildren(message);
}

void Promise.all([startMocks(), loadRuntimeConfig()]).then(render, renderFailure);
