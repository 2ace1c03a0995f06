// An element's laid-out size, following its resizes: what the sketch of a chart (chart-sketch.tsx) and an embed's
// chart box (embed-frame.tsx) are drawn to fit.
import { useLayoutEffect, useState } from 'react';

/** The box's width and height as laid out (0 × 0 until it is in the page), updated when it resizes. */
export function useBoxSize(box: HTMLElement | null): { readonly width: number; readonly height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    if (!box) return;
    const measure = () => {
      const { width, height } = box.getBoundingClientRect();
      setSize((current) => (current.width === width && current.height === height ? current : { width, height }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => {
      observer.disconnect();
    };
  }, [box]);
  return size;
}
