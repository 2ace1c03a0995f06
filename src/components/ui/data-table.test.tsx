import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DataTable, tableCells, type TableSpec } from './data-table';

interface Row {
  readonly name: string;
  readonly value: number | null;
}

const spec: TableSpec<Row> = {
  caption: 'Index',
  rows: [
    { name: 'Europe', value: 61.23456 },
    { name: 'Monde', value: null },
  ],
  rowKey: (row) => row.name,
  columns: [
    { key: 'name', header: 'Région', cell: (row) => row.name },
    {
      key: 'value',
      header: 'Valeur',
      numeric: true,
      cell: (row) => <b>{row.value === null ? '—' : row.value.toFixed(1)}</b>,
      value: (row) => row.value,
    },
    { key: 'unit', header: 'Unité', csvOnly: true, cell: () => 'Score (0–100)' },
  ],
};

describe('one table spec for the screen and the CSV', () => {
  it('shows the screen columns only', () => {
    render(<DataTable {...spec} />);
    const table = screen.getByRole('table', { name: 'Index' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Région', 'Valeur']);
    expect(within(table).getAllByRole('row')).toHaveLength(3);
  });

  it('gives the CSV every column, the same rows in order, raw values at full precision', () => {
    expect(tableCells(spec)).toEqual({
      header: ['Région', 'Valeur', 'Unité'],
      rows: [
        ['Europe', 61.23456, 'Score (0–100)'],
        ['Monde', null, 'Score (0–100)'],
      ],
    });
  });
});
