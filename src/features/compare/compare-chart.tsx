// The Index of the compared Members over time, with the world average, in the shared chart frame.
import { ChartFrame } from '@/components/ui/chart-frame';
import { ChartLegend } from '@/components/ui/chart-legend';
import { LineChart } from '@/components/ui/chart';
import { useI18n } from '@/lib/i18n/i18n';
import type { CompareModel } from './compare-model';

export function CompareChart({ model }: { readonly model: CompareModel }) {
  const { fmt } = useI18n();
  const { rows, ...frame } = model.chart;
  return (
    <ChartFrame {...frame}>
      <LineChart data={rows} formatValue={fmt.score} height={280} />
      <ChartLegend />
    </ChartFrame>
  );
}
