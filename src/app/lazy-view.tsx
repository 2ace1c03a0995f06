// A view whose code loads when first opened: its heading (features/<view>/heading.ts) and a loading panel are drawn
// in the first paint, and its code is asked for after that paint and drawn in their place.
import { createElement, startTransition, useEffect, useState, type ComponentType, type ReactElement } from 'react';
import { StatusPanel } from '@/components/ui/status-panel';
import { ViewHeading } from '@/components/ui/view-heading';
import { useI18n } from '@/lib/i18n/i18n';
import type { Catalog } from '@/lib/i18n/messages';
import { FirstPaint, useFirstPaintDone } from './first-paint';

export type Heading = Catalog<'title' | 'lead'>;

/** A view's code, loaded once; `loaded` is its component once it has arrived. */
export interface ViewCode {
  (): Promise<ComponentType>;
  loaded?: ComponentType;
}

export function viewCode(load: () => Promise<ComponentType>): ViewCode {
  const code: ViewCode = () =>
    load().then((component) => {
      code.loaded = component;
      return component;
    });
  return code;
}

/**
 * A view's heading and lead while its code loads, in the elements the view itself draws first, so that the page's
 * words are part of the first paint on a slow network and nothing moves when the view takes over.
 */
function LoadingView({ heading }: { readonly heading: Heading }) {
  const { t } = useI18n();
  return (
    <>
      <ViewHeading messages={heading} />
      <StatusPanel tone="loading" title={t('loading')} />
    </>
  );
}

/** A view, and its heading and a loading panel while its code loads: first painted from these, its code asked for after. */
export function LazyView({ heading, code }: { readonly heading: Heading; readonly code: ViewCode }) {
  const painted = useFirstPaintDone();
  const view = useViewCode(code, painted);
  return (
    <>
      {view ?? <LoadingView heading={heading} />}
      <FirstPaint />
    </>
  );
}

/**
 * The view once its code has arrived (asked for once `wanted`), drawn as a transition; a failure to
 * load is thrown to the route's error boundary. Not `lazy`: a lazy component suspends on its first render even
 * where its code has arrived, and React holds a Suspense boundary's content back for 300 ms after its fallback
 * showed — a view's first screen came 300 ms late on a fast desktop.
 */
function useViewCode(code: ViewCode, wanted: boolean): ReactElement | null {
  const [state, setState] = useState<{ readonly loaded?: ComponentType; readonly error?: Error }>(() => ({
    loaded: code.loaded,
  }));
  useEffect(() => {
    if (state.loaded || !wanted) return;
    let live = true;
    code().then(
      (loaded) => {
        if (!live) return;
        startTransition(() => {
          setState({ loaded });
        });
      },
      (error: unknown) => {
        if (live) setState({ error: error instanceof Error ? error : new Error('The view’s code did not load') });
      },
    );
    return () => {
      live = false;
    };
  }, [code, wanted, state.loaded]);
  if (state.error) throw state.error;
  return state.loaded ? createElement(state.loaded) : null;
}
