// Renders the whole app at a URL with a fresh query client, as a user would open it.
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { App } from '@/app/app';
import { createQueryClient } from '@/lib/query-client';

export function renderApp(url = '/') {
  const queryClient = createQueryClient();
  // Tests must not wait for back-off between retries.
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retryDelay: 0 } });
  const Router = ({ children }: { readonly children: ReactNode }) => (
    <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>
  );
  return { ...render(<App queryClient={queryClient} router={Router} />), queryClient };
}
