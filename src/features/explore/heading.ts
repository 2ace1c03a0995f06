// The view's heading and lead, in English and French: also drawn by the app while the view's own code loads
// (src/app/routes.tsx), so that they are part of the first paint.
import { defineMessages } from '@/lib/i18n/messages';

export const exploreHeading = defineMessages({
  en: {
    title: 'Explore trends',
    lead: 'Pick a measure, the regions and Members to show and the cycles; every view has its own link.',
  },
  fr: {
    title: 'Explorer les tendances',
    lead: 'Choisissez une mesure, les régions et Membres à afficher et les cycles ; chaque vue a son propre lien.',
  },
});
