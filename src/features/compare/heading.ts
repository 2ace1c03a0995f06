// The view's heading and lead, in English and French: also drawn by the app while the view's own code loads
// (src/app/routes.tsx), so that they are part of the first paint.
import { defineMessages } from '@/lib/i18n/messages';

export const compareHeading = defineMessages({
  en: {
    title: 'Compare Members',
    lead: 'Two to six Members side by side in one cycle: the Security Index and each programme area, with trends, change since the resolution and reporting completeness, against the world and each Member’s region.',
  },
  fr: {
    title: 'Comparer des Membres',
    lead: 'De deux à six Membres côte à côte pour un cycle : l’indice de sécurité et chaque domaine du programme, avec tendances, évolution depuis la résolution et exhaustivité des déclarations, par rapport au monde et à la région de chaque Membre.',
  },
});
