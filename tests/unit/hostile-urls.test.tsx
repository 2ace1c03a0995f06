// Property test (DESIGN §7): whatever the address — random paths, random or crafted query strings — the app
// renders a page (a view, a not-found page, or defaults with a notice) and never crashes into the error boundary.
import { render, screen } from '@testing-library/react';
import fc from 'fast-check';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { datasetQueryOptions } from '@/api/dataset';
import { App } from '@/app/app';
import { createQueryClient } from '@/lib/query-client';
import { smallEngine } from '../fixtures/serve-small-dataset';

const ROUTES = [
  '/',
  '/explore',
  '/members',
  '/members/KEN',
  '/compare',
  '/matrix',
  '/transitions',
  '/reporting',
  '/methodology',
];
const PARAMS = [
  'lang',
  'measure',
  'regions',
  'members',
  'from',
  'to',
  'tab',
  'mode',
  'cycle',
  'sort',
  'group',
  'q',
  'region',
];
const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '"><script>alert(1)</script>',
  '\u202Eevil',
  '../../etc/passwd',
  '%E0%A4%A',
  'x'.repeat(5000),
  '-1',
  '99999999999',
  'NaN',
  ',,,',
  '__proto__',
  'constructor',
];

// The small dataset: every view renders in a few milliseconds, so many addresses can be tried.
const dataset = smallEngine();

/** Renders the app at a URL with the data already loaded, so each sample is quick. */
function renderAt(url: string) {
  const queryClient = createQueryClient();
  queryClient.setQueryData(datasetQueryOptions().queryKey, dataset);
  const Router = ({ children }: { readonly children: ReactNode }) => (
    <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>
  );
  return render(<App queryClient={queryClient} router={Router} />);
}

const crafted = fc
  .tuple(
    fc.constantFrom(...ROUTES),
    fc.array(fc.tuple(fc.constantFrom(...PARAMS), fc.oneof(fc.constantFrom(...HOSTILE), fc.string())), {
      maxLength: 4,
    }),
  )
  .map(([path, params]) => `${path}?${new URLSearchParams(params).toString()}`);

const random = fc.tuple(fc.webPath(), fc.webQueryParameters()).map(([path, query]) => `${path || '/'}?${query}`);

describe('any address', () => {
  it('renders a page and never reaches the error boundary', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(crafted, random), async (url) => {
        const view = renderAt(url);
        try {
          expect(await screen.findByRole('heading', { level: 1 }, { timeout: 4000 })).toBeInTheDocument();
          expect(screen.queryByText('This view failed')).not.toBeInTheDocument();
          // A security check on the markup itself: no role query can see an injected element.
          // eslint-disable-next-line testing-library/no-node-access
          expect(document.querySelector('img[src="x"], script')).toBeNull();
        } finally {
          view.unmount();
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
