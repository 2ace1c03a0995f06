// What a failed load says, in English and French: its own catalog, loaded with the failure panel
// (components/ui/load-failure.tsx) and the data notice, so that most visits never download it.
import { defineMessages } from '@/lib/i18n/messages';

export const loadErrorMessages = defineMessages({
  en: {
    'error.title': 'The data could not be loaded',
    'error.network': 'The data server could not be reached. Check your connection; the dashboard will try again.',
    'error.timeout': 'The data server did not answer within {seconds} seconds.',
    'error.http': 'The data server answered with an error (HTTP {status}).',
    'error.refused': 'The data server refused access (HTTP {status}): sign in to it in this browser, then try again.',
    'error.not-json': 'The data server sent a web page instead of data. The data address is probably wrong.',
    'error.malformed': 'The data is damaged: {document} is not valid JSON.',
    'error.contract': 'The data does not follow the data contract: {document}, field {path}: {message}.',
    'error.unknown': 'Something went wrong: {message}',
    'error.retry': 'Try again',
  },
  fr: {
    'error.title': 'Les données n’ont pas pu être chargées',
    'error.network': 'Le serveur de données est injoignable. Vérifiez votre connexion ; le tableau de bord réessaiera.',
    'error.timeout': 'Le serveur de données n’a pas répondu dans le délai de {seconds} secondes.',
    'error.http': 'Le serveur de données a répondu par une erreur (HTTP {status}).',
    'error.refused':
      'Le serveur de données a refusé l’accès (HTTP {status}) : connectez-vous à ce serveur dans ce navigateur, puis réessayez.',
    'error.not-json':
      'Le serveur de données a envoyé une page web au lieu des données. L’adresse des données est probablement erronée.',
    'error.malformed': 'Les données sont endommagées : {document} n’est pas un JSON valide.',
    'error.contract': 'Les données ne respectent pas le contrat de données : {document}, champ {path} : {message}.',
    'error.unknown': 'Une erreur s’est produite : {message}',
    'error.retry': 'Réessayer',
  },
});

export type LoadErrorKey = keyof typeof loadErrorMessages.en;
