// Strings of the scorecard's "The way to the next rating" section, in English and French.
import { defineMessages } from '@/lib/i18n/messages';

export const nextRatingMessages = defineMessages({
  en: {
    'next.title': 'The way to the next rating',
    'next.lead':
      'The smallest changes to what was reported in {cycle} that would lift each score to the next rating: fewest indicators first, then the smallest rise in stages. Counts and amounts are context and cannot move a score.',
    'next.indexHeading': 'Security Index',
    'next.indexSentence': 'the Security Index',
    'next.now': 'Now: {score} ({band})',
    'next.nowNull': 'Now: no score, too few indicators reported',
    'next.band': '{changes} would lift {measure} from {from} to {to} (score {score}).',
    'next.count': '{changes} would give {measure} a score (score {score}, {band}).',
    'next.report': 'reporting {indicator} at stage {stage} or higher',
    'next.reportTop': 'reporting {indicator} at stage 4',
    'next.reportAny': 'reporting {indicator}, at any stage',
    'next.reportYes': 'reporting “yes” for {indicator}',
    'next.raise': 'raising {indicator} from stage {from} to stage {to} or higher',
    'next.raiseTop': 'raising {indicator} from stage {from} to stage 4',
    'next.raiseYes': 'changing {indicator} from “no” to “yes”',
    'next.more':
      '{n, plural, one {One other change of the same size would do it too.} other {# other changes of the same size would do it too.}}',
    'next.none': 'No change to the reported indicators would lift it.',
    'next.allTop': 'Every score of {cycle} is already rated {band}: there is no higher rating.',
    'next.and': 'and',
  },
  fr: {
    'next.title': 'Le chemin vers la notation suivante',
    'next.lead':
      'Les plus petits changements à ce qui a été déclaré en {cycle} qui feraient passer chaque score à la notation suivante : le moins d’indicateurs d’abord, puis la plus petite hausse de stade. Les nombres et montants sont du contexte et ne font pas bouger un score.',
    'next.indexHeading': 'Indice de sécurité',
    'next.indexSentence': 'l’Indice de sécurité',
    'next.now': 'Actuellement : {score} ({band})',
    'next.nowNull': 'Actuellement : pas de score, trop peu d’indicateurs déclarés',
    'next.band': '{changes} ferait passer {measure} de la notation {from} à la notation {to} (score {score}).',
    'next.count': '{changes} donnerait un score à {measure} (score {score}, {band}).',
    'next.report': 'déclarer {indicator} au stade {stage} ou plus',
    'next.reportTop': 'déclarer {indicator} au stade 4',
    'next.reportAny': 'déclarer {indicator}, à n’importe quel stade',
    'next.reportYes': 'déclarer « oui » pour {indicator}',
    'next.raise': 'faire passer {indicator} du stade {from} au stade {to} ou plus',
    'next.raiseTop': 'faire passer {indicator} du stade {from} au stade 4',
    'next.raiseYes': 'faire passer {indicator} de « non » à « oui »',
    'next.more':
      '{n, plural, one {Un autre changement de même taille suffirait aussi.} other {# autres changements de même taille suffiraient aussi.}}',
    'next.none': 'Aucun changement des indicateurs déclarés ne le ferait progresser.',
    'next.allTop': 'Tous les scores de {cycle} ont déjà la notation {band} : il n’y a pas de notation supérieure.',
    'next.and': 'et',
  },
});
