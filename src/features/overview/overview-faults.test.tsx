// What a user sees on the Overview when the data source fails, and that recovery needs no reload.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { handlersFor } from '@mocks/handlers';
import { server } from '@mocks/node';
import { renderApp } from '../../../tests/render-app';

describe('Overview when the data fails', () => {
  it('says the server failed, offers a retry, and recovers when the server does', async () => {
    server.use(...handlersFor('server-error'));
    renderApp('/');
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('HTTP 500');
    server.resetHandlers();
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('figure', { name: /World Security Index/ })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says the connection is down', async () => {
    server.use(...handlersFor('offline'));
    renderApp('/');
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'The data server could not be reached',
    );
  });

  it('recognises a web page where data was due', async () => {
    server.use(...handlersFor('html'));
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('sent a web page instead of data');
  });

  it('names the damaged document', async () => {
    server.use(...handlersFor('malformed'));
    renderApp('/?lang=fr');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Les données sont endommagées : observations.json n’est pas un JSON valide.',
    );
  });

  it('explains an empty dataset instead of showing empty charts', async () => {
    server.use(...handlersFor('empty'));
    renderApp('/');
    expect(await screen.findByRole('heading', { name: 'No data yet' })).toBeInTheDocument();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
  });
});
