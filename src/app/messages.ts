// The app frame's own strings that load on demand (the data notice), in English and French.
import { defineMessages } from '@/lib/i18n/messages';

export const dataNoticeMessages = defineMessages({
  en: {
    'saved.title': 'Showing the data saved in this browser',
    'saved.body':
      'Fresh data could not be loaded, so this is the copy saved on {saved} ({age}), with data as of {asOf}.',
    'saved.later': 'The dashboard keeps trying and will show fresh data as soon as it can.',
    'stale.title': 'The data could not be refreshed',
    'stale.body': 'Still showing the data loaded on {saved} ({age}), with data as of {asOf}.',
    justNow: 'just now',
    retry: 'Try again',
    retrying: 'Trying again…',
  },
  fr: {
    'saved.title': 'Affichage des données enregistrées dans ce navigateur',
    'saved.body':
      'Les données à jour n’ont pas pu être chargées : voici la copie enregistrée le {saved} ({age}), avec les données au {asOf}.',
    'saved.later': 'Le tableau de bord réessaie et affichera les données à jour dès que possible.',
    'stale.title': 'Les données n’ont pas pu être actualisées',
    'stale.body': 'Les données chargées le {saved} ({age}) restent affichées, avec les données au {asOf}.',
    justNow: 'à l’instant',
    retry: 'Réessayer',
    retrying: 'Nouvel essai…',
  },
});
