// Renders the whole app at a URL with a fresh query client, as a user would open it.
import { render } from '@testing-library/react';
import { useEffect, type ReactNode } from 'react';
import { MemoryRouter, useLocation, type Location } from 'react-router';
import { App } from '@/app/app';
import { createQueryClient } from '@/lib/query-client';

/** Reports each location the router moves to, so that tests can check what a control wrote to the URL. */
function LocationProbe({ onChange }: { readonly onChange: (location: Location) => void }) {
  const location = useLocation();
  useEffect(() => {
    onChange(location);
  }, [location, onChange]);
  return null;
}

export function renderApp(url = '/') {
  const queryClient = createQueryClient();
  // Tests must not wait for back-off between retries.
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retryDelay: 0 } });
  let current: Location | null = null;
  const record = (location: Location) => {
    current = location;
  };
  const Router = ({ children }: { readonly children: ReactNode }) => (
    <MemoryRouter initialEntries={[url]}>
      {children}
      <LocationProbe onChange={record} />
    </MemoryRouter>
  );
  /** The URL's query string the app is at now, as URLSearchParams. */
  const search = () => new URLSearchParams(current?.search ?? '');
  return { ...render(<App queryClient={queryClient} router={Router} />), queryClient, search };
}
