// The loaded data's source (name, as-of date, whether it is illustrative), for the parts that print it: the
// footer, and every export's footnote. The layout reads it once from the dataset query and provides it here, so
// that no component reads the query cache by a key of its own.
import { createContext, useContext } from 'react';
import type { DataSource } from '@/domain/types';

const DataSourceContext = createContext<DataSource | null>(null);

export const DataSourceProvider = DataSourceContext.Provider;

/** The loaded data's source, or null while nothing has loaded. */
export function useDataSource(): DataSource | null {
  return useContext(DataSourceContext);
}
