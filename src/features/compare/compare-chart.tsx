// The Index of the compared Members over time, with the world average, in the shared chart frame.
import { ChartFrame } from '@/components/ui/chart-frame';
import { ChartLegend } from '@/components/ui/chart-legend';
import { LineChart } from '@/components/ui/line-chart';
import { useI18n } from '@/lib/i18n/i18n';
import type { CompareModel } from './compare-model';

export function CompareChart({ model }: { readonly model: CompareModel }) {
  const i18n = useI18n();
  const { chart } = model;
  return (
    <ChartFrame
      title={chart.title}
      subtitle={chart.subtitle}
      summary={chart.summary}
      showTableLabel={i18n.t('chart.showTable')}
      hideTableLabel={i18n.t('chart.hideTable')}
      footnote={chart.footnote}
      config={chart.config}
      file={chart.file}
      table={chart.table}
    >
      <LineChart data={chart.rows} formatValue={i18n.fmt.score} height={280} />
      <ChartLegend />
    </ChartFrame>
  );
}
