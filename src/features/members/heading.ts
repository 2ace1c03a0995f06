// The view's heading and lead, in English and French: also drawn by the app while the view's own code loads
// (src/app/routes.tsx), so that they are part of the first paint.
import { defineMessages } from '@/lib/i18n/messages';

export const membersHeading = defineMessages({
  en: {
    title: 'Members',
    lead: 'Every Member administration with its latest Security Index, rating, trend, change since the resolution and reporting completeness. Open a Member for its scorecard.',
  },
  fr: {
    title: 'Membres',
    lead: 'Chaque administration membre avec son dernier indice de sécurité, son niveau, sa tendance, son évolution depuis la résolution et l’exhaustivité de ses déclarations. Ouvrez un Membre pour voir sa fiche.',
  },
});
