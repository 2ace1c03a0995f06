import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { datasetQueryOptions } from '@/api/dataset';
import { createQueryClient } from '@/lib/query-client';
import { usePreferencesActions } from '@/lib/preferences';
import { serveSmallDataset } from '../../../tests/fixtures/serve-small-dataset';
import { MyAdministrationLink } from './my-administration-link';

/** Renders the link with the data already loaded; returns a way to choose "my administration". */
async function linkWithChooser() {
  serveSmallDataset();
  const queryClient = createQueryClient();
  await queryClient.query(datasetQueryOptions());
  let actions: ReturnType<typeof usePreferencesActions> | undefined;
  function WithActions() {
    actions = usePreferencesActions();
    return <MyAdministrationLink />;
  }
  render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter>
        <WithActions />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return (code: string | null) => {
    act(() => {
      actions?.myMemberChosen(code);
    });
  };
}

describe('MyAdministrationLink', () => {
  it('shows nothing until a Member is chosen, then links to its scorecard by name', async () => {
    const choose = await linkWithChooser();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    choose('KEN');
    expect(screen.getByRole('link', { name: 'My administration: Kenya' })).toHaveAttribute('href', '/members/KEN');
    choose(null);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('shows nothing for a remembered code the data no longer has', async () => {
    const choose = await linkWithChooser();
    choose('ZZZ');
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
