// The view's heading and lead, in English and French: also drawn by the app while the view's own code loads
// (src/app/routes.tsx), so that they are part of the first paint.
import { defineMessages } from '@/lib/i18n/messages';

export const transitionsHeading = defineMessages({
  en: {
    title: 'Who moved up or down',
    lead: 'How Members’ ratings changed between two reporting cycles, for the Security Index and each programme area. Only Members scored in both cycles are counted.',
  },
  fr: {
    title: 'Qui a progressé ou reculé',
    lead: 'Comment les notes des Membres ont évolué entre deux cycles de déclaration, pour l’indice de sécurité et chaque domaine du programme. Seuls les Membres notés lors des deux cycles sont comptés.',
  },
});
