// The Overview's own strings (the headline and world chart strings are in the shared catalog).
import { defineMessages } from '@/lib/i18n/messages';

export const overviewMessages = defineMessages({
  en: {
    'key.title': 'Adoption of key measures',
    'key.lead':
      'Share of reporting Members at stage Established or above (a “yes” for yes/no measures), {cycle} against {baseline}.',
    'key.PAX.API': 'Customs access to API',
    'key.PAX.PNR': 'Customs access to PNR',
    'key.PGS.MEMBER': 'Programme Global Shield participants',
    'key.COP.AGREEMENT': 'Customs–Police agreement',
    'key.was': '{share} in {baseline}',
    'key.wasInsufficient': 'insufficient data in {baseline}',
    'key.coverage': '{n} of {of} Members reported',
    'regions.title': 'Security Index by region, {first}–{last}',
    'regions.subtitle': 'Mean of Members’ Security Index (0–100) in each WCO region, with the world mean (dashed)',
    'regions.summary':
      'In {cycle} the highest regional Index was {high} in {highName} and the lowest {low} in {lowName}; the world Index was {world}.',
    'regions.summaryShort': 'Too few Members reported in {cycle} to compare regions.',
    'regions.world': 'World',
    'regions.series': 'Series',
    'areas.title': 'Programme areas, world, {cycle}',
    'areas.lead': 'World mean of each programme area’s score, with its change since {baseline} and its trend.',
    'areas.area': 'Programme area',
    'areas.score': 'Score {cycle}',
    'areas.change': 'Change since {baseline}',
    'areas.trend': 'Trend',
    'areas.noChange': 'n/a',
    'links.title': 'Go further',
    'pdf.title': 'Security Programme Progress: the world overview',
    'pdf.subtitle':
      'WCO Members’ uptake of the Security Programme since the Punta Cana Resolution (2015); figures for {cycle}.',
    'links.explore': 'Explore any indicator by region and Member',
    'links.transitions': 'Who moved up or down since {baseline}',
  },
  fr: {
    'key.title': 'Adoption des mesures clés',
    'key.lead':
      'Part des Membres déclarants au stade « Établi » ou au-delà (un « oui » pour les mesures oui/non), {cycle} par rapport à {baseline}.',
    'key.PAX.API': 'Accès de la douane à l’API',
    'key.PAX.PNR': 'Accès de la douane au PNR',
    'key.PGS.MEMBER': 'Participants au Programme Global Shield',
    'key.COP.AGREEMENT': 'Accord douane–police',
    'key.was': '{share} en {baseline}',
    'key.wasInsufficient': 'données insuffisantes en {baseline}',
    'key.coverage': '{n} Membres déclarants sur {of}',
    'regions.title': 'Indice de sécurité par région, {first}–{last}',
    'regions.subtitle':
      'Moyenne de l’indice de sécurité des Membres (0–100) dans chaque région de l’OMD, avec la moyenne mondiale (en tirets)',
    'regions.summary':
      'En {cycle}, l’indice régional le plus élevé était de {high} ({highName}) et le plus bas de {low} ({lowName}) ; l’indice mondial était de {world}.',
    'regions.summaryShort': 'Trop peu de Membres ont déclaré en {cycle} pour comparer les régions.',
    'regions.world': 'Monde',
    'regions.series': 'Série',
    'areas.title': 'Domaines du programme, monde, {cycle}',
    'areas.lead':
      'Moyenne mondiale du score de chaque domaine du programme, avec son évolution depuis {baseline} et sa tendance.',
    'areas.area': 'Domaine du programme',
    'areas.score': 'Score {cycle}',
    'areas.change': 'Évolution depuis {baseline}',
    'areas.trend': 'Tendance',
    'areas.noChange': 'n.d.',
    'links.title': 'Aller plus loin',
    'pdf.title': 'Avancement du Programme de sécurité : vue d’ensemble mondiale',
    'pdf.subtitle':
      'Mise en œuvre du Programme de sécurité par les Membres de l’OMD depuis la Résolution de Punta Cana (2015) ; chiffres de {cycle}.',
    'links.explore': 'Explorer un indicateur par région et par Membre',
    'links.transitions': 'Qui a progressé ou reculé depuis {baseline}',
  },
});

export type OverviewMessageKey = keyof (typeof overviewMessages)['en'];
