// The site header: the dashboard's name, then its navigation, theme and language. On a wide screen all of it
// shows; on a phone (under 48rem) it folds behind a Menu button (react-aria's Disclosure), so that the first
// screen holds the view's heading and headline figure rather than seven links on four rows.
import { useState, useSyncExternalStore, type ReactNode } from 'react';
import { Button, Disclosure, DisclosurePanel } from 'react-aria-components';
import { NavLink, useLocation, useSearchParams } from 'react-router';
import { MyAdministrationLink } from '@/features/scorecard/my-administration-link';
import { LANGS, useI18n, type MessageKey } from '@/lib/i18n/i18n';
import { usePreferencesActions, useTheme, type Theme } from '@/lib/preferences';

const NAV: readonly { to: string; label: MessageKey }[] = [
  { to: '/', label: 'nav.overview' },
  { to: '/explore', label: 'nav.explore' },
  { to: '/members', label: 'nav.members' },
  { to: '/compare', label: 'nav.compare' },
  { to: '/matrix', label: 'nav.matrix' },
  { to: '/reporting', label: 'nav.reporting' },
  { to: '/methodology', label: 'nav.methodology' },
];

const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

const NARROW = '(max-width: 47.99rem)';

function onScreenWidthChange(listener: () => void): () => void {
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', listener);
  return () => {
    query.removeEventListener('change', listener);
  };
}

const isNarrow = () => window.matchMedia(NARROW).matches;

function useNarrowScreen(): boolean {
  return useSyncExternalStore(onScreenWidthChange, isNarrow, () => false);
}

export function SiteHeader() {
  const { t } = useI18n();
  const parts = (
    <>
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
    </>
  );
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <p className="app-header__title">{t('app.title')}</p>
        <p className="app-header__subtitle">{t('app.subtitle')}</p>
      </div>
      {useNarrowScreen() ? <SiteMenu>{parts}</SiteMenu> : parts}
    </header>
  );
}

/** The header's links and controls behind one button; following a link opens the new page with it folded. */
function SiteMenu({ children }: { readonly children: ReactNode }) {
  const { pathname } = useLocation();
  return <FoldedMenu key={pathname}>{children}</FoldedMenu>;
}

function FoldedMenu({ children }: { readonly children: ReactNode }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <Disclosure className="site-menu" isExpanded={open} onExpandedChange={setOpen}>
      <Button slot="trigger" className="site-menu__button">
        <span aria-hidden="true" className="site-menu__icon">
          {open ? '✕' : '☰'}
        </span>{' '}
        {t('nav.menu')}
      </Button>
      <DisclosurePanel className="site-menu__panel">{children}</DisclosurePanel>
    </Disclosure>
  );
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
