// The view's heading and lead, in English and French: also drawn by the app while the view's own code loads
// (src/app/routes.tsx), so that they are part of the first paint.
import { defineMessages } from '@/lib/i18n/messages';

export const matrixHeading = defineMessages({
  en: {
    title: 'Matrix',
    lead: 'Every Member’s Security Index and scores for one reporting cycle, coloured by rating. Sort by any column and follow a Member to its scorecard.',
  },
  fr: {
    title: 'Matrice',
    lead: 'L’indice de sécurité et les scores de chaque Membre pour un cycle de déclaration, colorés selon la note. Triez par n’importe quelle colonne et ouvrez la fiche d’un Membre.',
  },
});
