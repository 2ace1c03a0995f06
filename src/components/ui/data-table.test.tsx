import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { tableCells } from '@/lib/table/table-cells';
import { sortTable, type TableSort, type TableSpec } from '@/lib/table/table-spec';
import { DataTable } from './data-table';

interface Row {
  readonly name: string;
  readonly value: number | null;
}

const spec: TableSpec<Row> = {
  caption: 'Index',
  rows: [
    { name: 'Europe', value: 61.23456 },
    { name: 'Monde', value: null },
    { name: 'Afrique', value: 70 },
  ],
  rowKey: (row) => row.name,
  columns: [
    { key: 'name', header: 'Région', cell: (row) => row.name, rowHeader: true, sortValue: (row) => row.name },
    {
      key: 'value',
      header: 'Valeur',
      numeric: true,
      cell: (row) => <b>{row.value === null ? '—' : row.value.toFixed(1)}</b>,
      value: (row) => row.value,
      sortValue: (row) => row.value,
    },
    { key: 'unit', header: 'Unité', csvOnly: true, cell: () => 'Score (0–100)' },
  ],
};

/** The table as a page holds it: the sort in state, the rows ordered by sortTable. */
function SortableTable({ initial }: { readonly initial?: TableSort }) {
  const [sort, setSort] = useState(initial);
  return <DataTable table={sortTable(spec, sort, 'fr')} onSort={setSort} />;
}

const rowNames = () =>
  screen
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent)
    .filter(Boolean);

describe('one table spec for the screen and the CSV', () => {
  it('shows the screen columns only, with each row named by its header cell', () => {
    render(<DataTable table={spec} />);
    const table = screen.getByRole('table', { name: 'Index' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Région', 'Valeur']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Europe', 'Monde', 'Afrique']);
  });

  it('draws a row that heads a group as one header cell across every column', () => {
    const grouped: TableSpec<Row> = {
      ...spec,
      rows: [{ name: 'Régions', value: null }, ...spec.rows],
      groupHeading: (row) => row.name === 'Régions',
    };
    render(<DataTable table={grouped} />);
    const [, heading, ...rest] = within(screen.getByRole('table', { name: 'Index' })).getAllByRole('row');
    if (!heading) throw new Error('the table has no body rows');
    const cells = within(heading).getAllByRole('columnheader');
    expect(cells.map((cell) => [cell.textContent, cell.getAttribute('colspan')])).toEqual([['Régions', '2']]);
    expect(within(heading).queryAllByRole('cell')).toEqual([]);
    expect(rest.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Europe', 'Monde', 'Afrique']);
  });

  it('gives the CSV every column, the same rows in order, raw values at full precision', () => {
    expect(tableCells(sortTable(spec, { key: 'value', direction: 'descending' }, 'fr'))).toEqual({
      header: ['Région', 'Valeur', 'Unité'],
      rows: [
        ['Afrique', 70, 'Score (0–100)'],
        ['Europe', 61.23456, 'Score (0–100)'],
        ['Monde', null, 'Score (0–100)'],
      ],
    });
  });
});

describe('sorting', () => {
  it('sorts numbers largest first on the first press, then smallest first, missing values always last', async () => {
    const user = userEvent.setup();
    render(<SortableTable />);
    const header = screen.getByRole('columnheader', { name: /Valeur/ });
    expect(header).not.toHaveAttribute('aria-sort');
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(rowNames()).toEqual(['Afrique', 'Europe', 'Monde']);
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(rowNames()).toEqual(['Europe', 'Afrique', 'Monde']);
  });

  it('marks only the sorted column with aria-sort', async () => {
    const user = userEvent.setup();
    render(<SortableTable initial={{ key: 'value', direction: 'descending' }} />);
    await user.click(screen.getByRole('button', { name: /Région/ }));
    expect(screen.getByRole('columnheader', { name: /Région/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: /Valeur/ })).not.toHaveAttribute('aria-sort');
    expect(rowNames()).toEqual(['Afrique', 'Europe', 'Monde']);
  });

  it('has no sort buttons when the table cannot be sorted', () => {
    render(<DataTable table={spec} />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
