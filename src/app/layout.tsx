// The page around every view: skip link, header with navigation and language switch, footer with the
// data's source and the illustrative-data label.
import { lazy, Suspense, useEffect } from 'react';
import { NavLink, Outlet, useSearchParams } from 'react-router';
import type { LoadedDataset } from '@/api/dataset';
import { DataSourceProvider, useDataSource } from '@/components/ui/data-source-context';
import { MyAdministrationLink } from '@/features/scorecard/my-administration-link';
import type { Dataset, DataSource } from '@/domain/types';
import { useDatasetView } from '@/lib/dataset-view';
import { isLang, LANGS, useI18n, type MessageKey } from '@/lib/i18n/i18n';
import { usePreferencesActions, useTheme, type Theme } from '@/lib/preferences';
import { RouteErrorBoundary } from './route-error';

const NAV: readonly { to: string; label: MessageKey }[] = [
  { to: '/', label: 'nav.overview' },
  { to: '/explore', label: 'nav.explore' },
  { to: '/members', label: 'nav.members' },
  { to: '/compare', label: 'nav.compare' },
  { to: '/matrix', label: 'nav.matrix' },
  { to: '/reporting', label: 'nav.reporting' },
  { to: '/methodology', label: 'nav.methodology' },
];

const selectSource = (dataset: Dataset): DataSource => dataset.source;
const selectSaved = (dataset: LoadedDataset): boolean => dataset.savedCopy !== undefined;

const DataNotice = lazy(() => import('./data-notice'));

export function Layout() {
  const i18n = useI18n();
  const { t } = i18n;
  useLanguageFromLink();
  useThemeOnDocument();
  useEffect(() => {
    // The document's title is each route's own (useDocumentTitle).
    document.documentElement.lang = i18n.lang;
  }, [i18n.lang]);

  const { data: source } = useDatasetView(selectSource);
  return (
    <DataSourceProvider value={source ?? null}>
      <div className="app">
        <a className="skip-link" href="#main">
          {t('app.skip')}
        </a>
        <header className="app-header">
          <div className="app-header__brand">
            <p className="app-header__title">{t('app.title')}</p>
            <p className="app-header__subtitle">{t('app.subtitle')}</p>
          </div>
          <div className="app-header__controls">
            <MyAdministrationLink className="app-header__mine" />
            <ThemeSwitch />
            <LanguageSwitch />
          </div>
          <nav aria-label={t('nav.label')} className="app-nav">
            <ul>
              {NAV.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.to === '/'}>
                    {t(item.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main" className="app-main" tabIndex={-1}>
          <DataNoticeSlot />
          <RouteErrorBoundary>
            <Outlet />
          </RouteErrorBoundary>
        </main>
        <Footer />
      </div>
    </DataSourceProvider>
  );
}

/** The notice that the data on screen is a saved copy or could not be refreshed; its code loads only then. */
function DataNoticeSlot() {
  const { data: saved, isError } = useDatasetView(selectSaved);
  if (saved === undefined || (!saved && !isError)) return null;
  return (
    <Suspense fallback={null}>
      <DataNotice />
    </Suspense>
  );
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

const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

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

function ThemeSwitch() {
  const { t } = useI18n();
  const theme = useTheme();
  const { themeChosen } = usePreferencesActions();
  return (
    <label className="theme-switch">
      <span>{t('theme.label')}</span>
      <select
        value={theme}
        onChange={(event) => {
          const chosen = THEMES.find((value) => value === event.target.value);
          if (chosen) themeChosen(chosen);
        }}
      >
        {THEMES.map((value) => (
          <option key={value} value={value}>
            {t(`theme.${value}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

function LanguageSwitch() {
  const { t, lang } = useI18n();
  const { languageChosen } = usePreferencesActions();
  const [params, setParams] = useSearchParams();
  return (
    <div className="lang-switch" role="group" aria-label={t('lang.label')}>
      {LANGS.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={lang === code}
          onClick={() => {
            languageChosen(code);
            if (params.has('lang')) {
              setParams((current) => {
                current.set('lang', code);
                return current;
              });
            }
          }}
        >
          {t(`lang.${code}`)}
        </button>
      ))}
    </div>
  );
}

function Footer() {
  const { t, fmt } = useI18n();
  const source = useDataSource();
  return (
    <footer className="app-footer">
      {source?.illustrative !== false ? <p className="app-footer__label">{t('footer.illustrative')}</p> : null}
      {source ? <p>{t('footer.source', { source: source.name, date: fmt.date(source.asOf) })}</p> : null}
      <p>
        <NavLink to="/methodology">{t('footer.method')}</NavLink> · {t('footer.wco')}
      </p>
    </footer>
  );
}
