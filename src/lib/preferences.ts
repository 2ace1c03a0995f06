// Preferences remembered on this device (language). Transient UI state does not belong here.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Lang } from '@/domain/types';

interface PreferencesState {
  lang: Lang;
  actions: {
    languageChosen: (lang: Lang) => void;
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
      actions: {
        languageChosen: (lang) => set({ lang }),
      },
    }),
    {
      name: 'spd.preferences',
      version: 1,
      partialize: (state) => ({ lang: state.lang }),
    },
  ),
);

export const useLanguage = () => usePreferencesStore((state) => state.lang);
export const usePreferencesActions = () => usePreferencesStore((state) => state.actions);

/** Restores the initial state; for tests, which must not share preferences. */
export function resetPreferences(): void {
  usePreferencesStore.setState({ lang: 'en' });
  localStorage.removeItem('spd.preferences');
}
