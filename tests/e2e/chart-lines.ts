// A chart's drawn lines, whichever draws them: the sketch a page shows first (components/ui/chart-sketch.tsx) or
// the Recharts chart that replaces it when the chart is reached for, printed or exported.
export const LINE = ':is(.chart-sketch__line, .recharts-line-curve)';
