// Preferences remembered on this device: language and the focal point's own administration. Transient UI
// state does not belong here.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Lang } from '@/domain/types';

export type Theme = 'system' | 'light' | 'dark';

interface PreferencesState {
  lang: Lang;
  theme: Theme;
  /** The Member code of "my administration", set by a focal point; null until chosen. */
  myMember: string | null;
  actions: {
    languageChosen: (lang: Lang) => void;
    myMemberChosen: (code: string | null) => void;
    themeChosen: (theme: Theme) => void;
  };
}

export function detectLanguage(
  languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
): Lang {
  return languages.some((tag) => tag.toLowerCase().startsWith('fr')) && !languages[0]?.toLowerCase().startsWith('en')
    ? 'fr'
    : 'en';
}

const usePreferencesStore = create<PreferencesState>()(
  persist(
    (set) => ({
      lang: detectLanguage(),
      myMember: null,
      theme: 'system',
      actions: {
        languageChosen: (lang) => {
          set({ lang });
        },
        myMemberChosen: (code) => {
          set({ myMember: code });
        },
        themeChosen: (theme) => {
          set({ theme });
        },
      },
    }),
    {
      name: 'spd.preferences',
      version: 1,
      partialize: (state) => ({ lang: state.lang, myMember: state.myMember, theme: state.theme }),
    },
  ),
);

/** The language now chosen, outside React (the entry point loads its messages before the first render). */
export const currentLanguage = (): Lang => usePreferencesStore.getState().lang;
export const useLanguage = () => usePreferencesStore((state) => state.lang);
export const useMyMember = () => usePreferencesStore((state) => state.myMember);
export const useTheme = () => usePreferencesStore((state) => state.theme);
export const usePreferencesActions = () => usePreferencesStore((state) => state.actions);

/** Restores the initial state; for tests, which must not share preferences. */
export function resetPreferences(): void {
  usePreferencesStore.setState({ lang: 'en', myMember: null, theme: 'system' });
  if (typeof localStorage !== 'undefined') localStorage.removeItem('spd.preferences');
}
