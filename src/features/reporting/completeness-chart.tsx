// Completeness over time as lines, with the table behind it: draws the chart model (reporting-chart.ts).
import { ChartFrame } from '@/components/ui/chart-frame';
import { LineChart } from '@/components/ui/chart';
import { useI18n } from '@/lib/i18n/i18n';
import type { CompletenessChartModel } from './reporting-chart';

export function CompletenessChart({ chart }: { readonly chart: CompletenessChartModel }) {
  const { fmt } = useI18n();
  return (
    <ChartFrame {...chart}>
      <LineChart data={chart.rows} formatValue={(value) => fmt.percent(value / 100)} />
    </ChartFrame>
  );
}
