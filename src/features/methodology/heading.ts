// The view's heading and lead, in English and French: also drawn by the app while the view's own code loads
// (src/app/routes.tsx), so that they are part of the first paint.
import { defineMessages } from '@/lib/i18n/messages';

export const methodologyHeading = defineMessages({
  en: {
    title: 'Methodology',
    lead: 'How every number in this dashboard is computed from what Members report, and where the data comes from. The worked example below is computed live from the loaded data by the same code as every other view.',
  },
  fr: {
    title: 'Méthodologie',
    lead: 'Comment chaque chiffre du tableau de bord est calculé à partir des déclarations des Membres, et d’où viennent les données. L’exemple détaillé ci-dessous est calculé en direct sur les données chargées, par le même code que toutes les autres vues.',
  },
});
