// Entry point. In development (or a build made with VITE_MSW=on) the MSW worker serves the contract first.
import { onlineManager } from '@tanstack/react-query';
import { StrictMode, startTransition, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { loadRuntimeConfig } from '@/api/runtime-config';
import type { Lang } from '@/domain/types';
import { isLang, loadLanguage } from '@/lib/i18n/i18n';
import { warmUpIntlOffThread } from '@/lib/i18n/intl-warm-up';
import { currentLanguage } from '@/lib/preferences';
import { createQueryClient } from '@/lib/query-client';
import { App } from './app';
import { firstPaint } from './first-paint';
import { preloadRoute, preloadRouteSections } from './routes';
import './styles.css';
import './palette.css';
import './charts-a11y.css';

async function startMocks(): Promise<void> {
  if (import.meta.env.DEV || import.meta.env.VITE_MSW === 'on') {
    const { startWorker } = await import('@mocks/browser');
    await startWorker();
  }
}

/** The app's routes under the path it is served from (BASE_PATH at build time), e.g. /security-programme/members. */
function Router({ children }: { readonly children: ReactNode }) {
  return <BrowserRouter basename={import.meta.env.BASE_URL}>{children}</BrowserRouter>;
}

let root: Root | undefined;

function render(): void {
  // The query client assumes it starts online and only hears changes; a page opened offline must say so,
  // or coming back online would not be noticed.
  onlineManager.setOnline(navigator.onLine);
  const element = document.getElementById('root');
  if (!element) throw new Error('index.html has no #root element');
  const created = createRoot(element);
  root = created;
  // As a transition, React renders the first screen a few milliseconds at a time instead of in one long task, so a
  // slow phone stays responsive while the page is built (the shell's first render was ~360 ms at 4x CPU in one task).
  startTransition(() => {
    created.render(
      <StrictMode>
        <App queryClient={createQueryClient()} router={Router} />
      </StrictMode>,
    );
  });
}

function renderFailure(error: unknown): void {
  // config.json exists but is broken: say so instead of showing a page that can never load its data.
  root?.unmount();
  const element = document.getElementById('root');
  if (!element) return;
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = error instanceof Error ? error.message : String(error);
  // In a new root element: a first render still in progress when the root was unmounted commits a moment later and
  // clears its container, which took the message with it.
  const replacement = element.cloneNode(false) as HTMLElement;
  replacement.append(message);
  element.replaceWith(replacement);
}

/**
 * The service worker that keeps the app for offline use (vite.config.ts), registered once the page is idle so
 * that it never competes with the first view. Not with the mock worker, which needs the same scope.
 */
function keepAppForOffline(): void {
  if (!import.meta.env.PROD || import.meta.env.VITE_MSW === 'on' || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    requestIdleCallback(
      () => {
        navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => undefined);
      },
      { timeout: 5000 },
    );
  });
}

/** The language the first screen will be in: a link's `?lang=`, else the remembered or detected one. */
function firstLanguage(): Lang {
  const requested = new URLSearchParams(window.location.search).get('lang');
  return isLang(requested) ? requested : currentLanguage();
}

// The route's own code starts loading now, alongside the language; the Overview's sections once the first paint
// is on screen (a slow network carries the first paint's code first).
warmUpIntlOffThread(firstLanguage());
const route = window.location.pathname.slice(import.meta.env.BASE_URL.length - 1);
preloadRoute(route);
void firstPaint.then(() => {
  preloadRouteSections(route);
});
// config.json is read while the page first renders; the data queries wait for it and for the first paint
// (runtime-config.ts), the header and headings do not. The mock worker must serve before any request, and French
// is loaded before the first render so that a page never mixes languages.
const mocks = startMocks();
let failed = false;
const fail = (error: unknown) => {
  failed = true;
  renderFailure(error);
};
loadRuntimeConfig(mocks, firstPaint).catch(fail);
void Promise.all([mocks, loadLanguage(firstLanguage()).catch(() => undefined)]).then(() => {
  if (!failed) render();
}, fail);
keepAppForOffline();
