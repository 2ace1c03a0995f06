// A chart of the Overview in its frame: the model gives every word, the config, the table and the file name.
import type { ReactNode } from 'react';
import { ChartFrame } from '@/components/ui/chart-frame';
import type { ChartModel } from '@/lib/chart/chart-model';

export function OverviewChart<Row>({
  chart,
  children,
}: {
  readonly chart: ChartModel<Row>;
  readonly children: ReactNode;
}) {
  return (
    <ChartFrame
      title={chart.title}
      subtitle={chart.subtitle}
      summary={chart.summary}
      footnote={chart.footnote}
      config={chart.config}
      file={chart.file}
      table={chart.table}
    >
      {children}
    </ChartFrame>
  );
}
