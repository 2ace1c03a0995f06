// The box a wide table scrolls sideways in on a narrow screen (the page itself never does). It is a named,
// focusable group (not a landmark: the table's section already is one), so that keyboard users can scroll it too (WCAG 2.1.1; axe's scrollable-region-focusable).
import type { ReactNode } from 'react';

interface TableScrollProps {
  /** The id of the table's caption, which names the region. */
  readonly labelledBy: string;
  readonly className?: string;
  readonly children: ReactNode;
}

export function TableScroll({ labelledBy, className, children }: TableScrollProps) {
  return (
    <div
      className={className ? `table-scroll ${className}` : 'table-scroll'}
      role="group"
      aria-labelledby={labelledBy}
      // A scrolling region must take focus to be scrolled by keyboard (the APG's and GOV.UK's pattern).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      {children}
    </div>
  );
}
