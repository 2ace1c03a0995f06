// The Reporting view's state in the link: the region shown, checked against the regions of the loaded data.
import type { Dataset } from '@/domain/types';
import type { Param, UrlValues } from '@/lib/url-state';

export interface ReportingFrame {
  readonly regions: readonly string[];
}

export function selectReportingFrame(dataset: Dataset): ReportingFrame {
  return { regions: dataset.framework.regions.map((region) => region.code) };
}

export function reportingSpec(frame: ReportingFrame) {
  const region: Param<string> = {
    default: '',
    parse: (raw) => ['', ...frame.regions].find((code) => code === raw),
    format: (value) => value,
  };
  return { region };
}

export type ReportingValues = UrlValues<ReturnType<typeof reportingSpec>>;
