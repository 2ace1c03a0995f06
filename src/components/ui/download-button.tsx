// The frame's Download button as the first page ships it: a plain button that stands in for the react-aria menu
// (download-menu.tsx), so that neither the menu nor the export code counts against the Overview's first-load
// bytes (DESIGN §7). Pointing at it or focusing it fetches the menu; pressing it swaps the menu in, open.
import { lazy, Suspense, useState } from 'react';
import { useMessages } from '@/lib/i18n/i18n';
import type { DownloadMenuProps } from './download-menu';
import { chartFrameMessages } from './messages';

const loadMenu = () => import('./download-menu');
const DownloadMenu = lazy(() => loadMenu().then((module) => ({ default: module.DownloadMenu })));

function preload() {
  // Only warms the chunk; a failure here shows up (and is reported) when the menu is really needed.
  loadMenu().catch(() => undefined);
}

export function DownloadButton({ request, formats, share }: Pick<DownloadMenuProps, 'request' | 'formats' | 'share'>) {
  const label = useMessages(chartFrameMessages)('download');
  const [pressed, setPressed] = useState(false);
  const placeholder = (
    <button
      type="button"
      className="button button--quiet"
      aria-haspopup="menu"
      aria-expanded={pressed}
      onPointerEnter={preload}
      onFocus={preload}
      onClick={() => {
        setPressed(true);
      }}
    >
      {label} <span aria-hidden="true">▾</span>
    </button>
  );
  if (!pressed) return placeholder;
  // The menu replaces the pressed placeholder already open, and takes its focus.
  return (
    <Suspense fallback={placeholder}>
      <DownloadMenu label={label} openOnMount request={request} formats={formats} share={share} />
    </Suspense>
  );
}
