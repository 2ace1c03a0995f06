// The view's heading and lead, in English and French: also drawn by the app while the view's own code loads
// (src/app/routes.tsx), so that they are part of the first paint.
import { defineMessages } from '@/lib/i18n/messages';

export const reportingHeading = defineMessages({
  en: {
    title: 'Reporting',
    lead: 'Where reporting is thin: how complete Members’ returns are by region, Member and cycle, what has never been reported, and how much of the data is validated.',
  },
  fr: {
    title: 'Déclarations',
    lead: 'Là où les déclarations sont lacunaires : l’exhaustivité des déclarations des Membres par région, par Membre et par cycle, ce qui n’a jamais été déclaré, et la part des données validées.',
  },
});
