// Copies a drawn chart out of the page: CSS variables and stylesheet rules mean nothing in a standalone file, so
// every element's computed paint is written onto the clone — as the light theme paints it, because exports go
// on white paper and slides whatever theme the reader uses.

const PAINT = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'fill-opacity', 'opacity'];
// paint-order keeps a label's halo (a stroke in the background colour) behind its letters.
const TEXT = ['font-size', 'font-weight', 'text-anchor', 'paint-order', 'stroke-linejoin'];
/** Interaction leftovers (the hover cursor, active dots) are not part of the chart. */
const TRANSIENT = '.recharts-tooltip-cursor, .recharts-active-dot, .recharts-tooltip-wrapper';

/**
 * Runs `read` with the document in the light theme and puts the theme back before returning: the switch and
 * the restore happen in one task, so the page is never painted in between.
 */
export function inLightTheme<T>(read: () => T): T {
  const root = document.documentElement;
  const theme = root.dataset.theme;
  root.dataset.theme = 'light';
  try {
    return read();
  } finally {
    if (theme === undefined) delete root.dataset.theme;
    else root.dataset.theme = theme;
  }
}

/** A standalone copy of a chart surface, with its light-theme paint inlined. Call inside inLightTheme. */
export function inlinedClone(surface: SVGSVGElement): SVGSVGElement {
  const clone = surface.cloneNode(true) as SVGSVGElement;
  const originals = [surface, ...surface.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const copy = copies[i];
    if (!copy) return;
    const computed = getComputedStyle(original);
    if (computed.display === 'none' || computed.visibility === 'hidden') {
      copy.setAttribute('display', 'none');
      return;
    }
    for (const property of original instanceof SVGTextElement || original instanceof SVGTSpanElement
      ? [...PAINT, ...TEXT]
      : PAINT) {
      const value = computed.getPropertyValue(property);
      if (value) copy.setAttribute(property, withoutPx(value));
    }
    copy.removeAttribute('style');
    copy.removeAttribute('tabindex');
    copy.removeAttribute('role');
    copy.removeAttribute('focusable');
    copy.removeAttribute('font-family');
  });
  for (const node of clone.querySelectorAll(TRANSIENT)) node.remove();
  return clone;
}

/**
 * A CSS colour (a variable, a name, a hex) as the light theme resolves it, e.g. "rgb(11, 79, 138)", probed
 * inside `within` because some views define their colour variables on their own elements.
 */
export function resolvedColor(color: string, within: Element): string {
  const probe = document.createElement('span');
  probe.style.color = color;
  within.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value || color;
}

/** Vector editors read "6, 4" and "12" more reliably than "6px, 4px" and "12px". */
function withoutPx(value: string): string {
  return value.replace(/(\d)px\b/g, '$1');
}
