// What every page of the app sets on the document, the full site's layout and an embed's alike: the language
// (from a link's `?lang=`, remembered) on <html lang>, and the theme's palette on <html data-theme>.
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { isLang, useI18n } from '@/lib/i18n/i18n';
import { usePreferencesActions, useTheme } from '@/lib/preferences';

export function useDocumentSettings(): void {
  const { lang } = useI18n();
  useLanguageFromLink();
  useThemeOnDocument();
  useEffect(() => {
    // The document's title is each route's own (useDocumentTitle).
    document.documentElement.lang = lang;
  }, [lang]);
}

/** `?lang=fr` in a shared link opens the app in French and remembers the choice. */
function useLanguageFromLink() {
  const [params] = useSearchParams();
  const { languageChosen } = usePreferencesActions();
  const requested = params.get('lang');
  useEffect(() => {
    if (isLang(requested)) languageChosen(requested);
  }, [requested, languageChosen]);
}

/** `data-theme` on <html> selects the palette; "system" follows the operating system's setting, live. */
function useThemeOnDocument() {
  const theme = useTheme();
  useEffect(() => {
    const dark = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      document.documentElement.dataset.theme = theme === 'system' ? (dark.matches ? 'dark' : 'light') : theme;
    };
    apply();
    dark.addEventListener('change', apply);
    return () => {
      dark.removeEventListener('change', apply);
    };
  }, [theme]);
}
