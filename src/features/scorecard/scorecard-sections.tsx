// The scorecard below its first screen: the areas, the way to the next rating, Members like this one, the reporting
// gaps, every indicator and the printed footer. Its own chunk: the first screen is in the app's first load (a focal
// point's phone draws it without waiting for a view's code), and these follow with the data.
import { useEffect } from 'react';
import { AreaCards } from './area-cards';
import { IndicatorTables } from './indicator-tables';
import { NextRatingSection } from './next-rating-section';
import { PeersSection } from './peers-section';
import { PrintFooter } from './print-footer';
import { ReportingGaps } from './reporting-gaps';
import type { ScorecardModel } from './scorecard-model';

interface Props {
  readonly model: ScorecardModel;
  /** Called once the sections are in the page (the Print button waits for them). */
  readonly onDrawn: () => void;
}

export function ScorecardSections({ model, onDrawn }: Props) {
  useEffect(onDrawn, [onDrawn]);
  return (
    <>
      <AreaCards model={model} />
      <NextRatingSection code={model.member.code} cycle={model.cycle} />
      <PeersSection code={model.member.code} />
      <ReportingGaps gaps={model.gaps} />
      <IndicatorTables model={model} />
      <PrintFooter model={model} />
    </>
  );
}
