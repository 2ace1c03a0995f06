// What a user sees on the Overview when the data is wrong (damaged, a web page, breaking the contract, empty):
// the document and field named, Try again offered, and the rest of the app still working.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../tests/render-app';
import { says, failure, fault, failureAlert, retryButton, expectRecovered } from './faults.test-support';

describe('Overview when the data is wrong: not retried by itself, but the user can try again', () => {
  it('malformed (in French): names the damaged document; Try again loads the download once it is whole', async () => {
    const broken = fault('malformed');
    renderApp('/?lang=fr');
    const alert = await failureAlert();
    expect(alert).toHaveTextContent('Les données sont endommagées : observations.json n’est pas un JSON valide.');
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    broken.end();
    const button = retryButton(alert, 'fr');
    expect(button).toBeInTheDocument();
    await userEvent.click(button);
    await expectRecovered('fr');
  });

  it('malformed: names the damaged document', async () => {
    fault('malformed');
    renderApp('/');
    const alert = await failureAlert();
    expect(alert).toHaveTextContent(failure('en', 'error.malformed', { document: 'observations.json' }));
    expect(alert).toHaveTextContent('observations.json');
  });

  it('html: recognises a web page where data was due; Try again works once the data is back', async () => {
    const broken = fault('html');
    renderApp('/');
    const alert = await failureAlert();
    expect(alert).toHaveTextContent(failure('en', 'error.not-json'));
    expect(alert).toHaveTextContent('sent a web page instead of data');
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    broken.end();
    await userEvent.click(within(alert).getByRole('button', { name: failure('en', 'error.retry') }));
    await expectRecovered();
  });

  it(
    'contract: names the document and the broken field, offers Try again; a fixed source shows on the next visit',
    { timeout: 15_000 },
    async () => {
      const broken = fault('contract');
      renderApp('/');
      const alert = await failureAlert();
      expect(alert).toHaveTextContent('members.json');
      expect(alert).toHaveTextContent('members[0].region');
      expect(within(alert).getByRole('button', { name: failure('en', 'error.retry') })).toBeInTheDocument();
      expect(screen.queryByRole('figure')).not.toBeInTheDocument();
      // No reload needed: going to another view and back loads the corrected data.
      broken.end();
      const nav = screen.getByRole('navigation', { name: says('en', 'nav.label') });
      await userEvent.click(within(nav).getByRole('link', { name: says('en', 'nav.methodology') }));
      await userEvent.click(within(nav).getByRole('link', { name: says('en', 'nav.overview') }));
      await expectRecovered();
    },
  );

  it('empty: says there is no data yet instead of drawing empty charts', async () => {
    fault('empty');
    renderApp('/');
    expect(await screen.findByRole('heading', { name: 'No data yet' })).toBeInTheDocument();
    expect(screen.getByText(says('en', 'empty.body'))).toBeInTheDocument();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('empty (in French): says there is no data yet', async () => {
    fault('empty');
    renderApp('/?lang=fr');
    expect(await screen.findByRole('heading', { name: 'Pas encore de données' })).toBeInTheDocument();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
  });
});

describe('the rest of the app during a fault', () => {
  it('still navigates and switches language, and the error follows the language', async () => {
    fault('server-error');
    renderApp('/');
    const alert = await failureAlert();
    expect(alert).toHaveTextContent(failure('en', 'error.http', { status: 500 }));

    await userEvent.click(screen.getByRole('button', { name: says('en', 'lang.fr') }));
    await waitFor(() => {
      expect(screen.getByRole('alert')).toHaveTextContent(failure('fr', 'error.http', { status: 500 }));
    });
    expect(screen.getByRole('alert')).toHaveTextContent('Le serveur de données a répondu par une erreur (HTTP 500).');
    expect(retryButton(screen.getByRole('alert'), 'fr')).toBeInTheDocument();

    const nav = screen.getByRole('navigation', { name: says('fr', 'nav.label') });
    await userEvent.click(within(nav).getByRole('link', { name: says('fr', 'nav.methodology') }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Méthodologie' })).toBeInTheDocument();
    // The Methodology view depends on the same data: it says the same thing in place, not a blank page.
    expect(await failureAlert()).toHaveTextContent(failure('fr', 'error.http', { status: 500 }));

    await userEvent.click(screen.getByRole('button', { name: says('fr', 'lang.en') }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Methodology' })).toBeInTheDocument();
  });
});
