// Words of a chart embedded in another site (embed-frame.tsx) and of an address with no chart to embed.
import { defineMessages } from '@/lib/i18n/messages';

export const embedMessages = defineMessages({
  en: {
    source: 'Source: {source}, data {year}',
    illustrative: 'Illustrative data',
    fullView: 'View full chart',
    newTab: '(opens in a new tab)',
    'none.title': 'There is no chart to embed at this address',
    'none.body': 'Embeds exist for the Overview, the Trend explorer and the Member scorecards.',
  },
  fr: {
    source: 'Source : {source}, données {year}',
    illustrative: 'Données illustratives',
    fullView: 'Voir le graphique complet',
    newTab: '(s’ouvre dans un nouvel onglet)',
    'none.title': 'Il n’y a pas de graphique à intégrer à cette adresse',
    'none.body':
      'Des intégrations existent pour la Vue d’ensemble, l’Explorateur de tendances et les fiches des Membres.',
  },
});
