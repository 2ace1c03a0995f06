// The Methodology page's strings, in English and French: DESIGN §3 in plain words.
import { defineMessages } from '@/lib/i18n/messages';
import { methodologyHeading } from './heading';

export const methodologyMessages = defineMessages({
  en: {
    ...methodologyHeading.en,
    toc: 'On this page',
    'stages.title': 'From a reported value to a maturity stage',
    'stages.body':
      'Each indicator is reported once a cycle in its own form. Scored indicators are turned into a maturity stage from 0 to 4:',
    'stages.yesno': 'Yes/no: yes is stage 4, no is stage 0.',
    'stages.stageRule': 'Stage: the reported stage itself.',
    'stages.percent': 'Percentage: 0% is stage 0, under 25% stage 1, 25–49% stage 2, 50–74% stage 3, 75–100% stage 4.',
    'stages.context':
      'Counts and amounts (officers trained, seizures, cash detained) are context: shown in their own unit, never scored.',
    'stages.caption': 'Maturity stages',
    'stages.stage': 'Stage',
    'stages.name': 'Name',
    'stages.meaning': 'Meaning',
    'scores.title': 'Scores and the Security Index',
    'scores.indicator': 'Indicator score = stage ÷ 4 × 100, so stage 3 scores 75.',
    'scores.area':
      'Area score = the mean of the scores of the area’s scored indicators reported that cycle. It is left empty when fewer than half of them are reported. An area with no scored indicator (such as capacity building) has no score.',
    'scores.index':
      'Security Index = the mean of the Member’s area scores. It is left empty when fewer than 60% of all {count} scored indicators are reported that cycle.',
    'scores.latest': 'A Member’s latest score is its most recent cycle with a Security Index.',
    'bands.title': 'Rating bands',
    'bands.body':
      'A score is rated by the band it falls in, on the unrounded score; scores are shown with one decimal.',
    'bands.caption': 'Rating bands',
    'bands.rating': 'Rating',
    'bands.range': 'Scores',
    'trends.title': 'Trends and change since the resolution',
    'trends.body':
      'A trend looks at the three most recent cycles with a score (two are enough; with fewer there is not enough data). The slope is the newest minus the oldest of them, divided by the years between them:',
    'trends.improving': 'Improving: {min} points a year or more.',
    'trends.moderate': 'Moderately improving: from {min} to under {max} points a year.',
    'trends.stagnating': 'Stagnating: above {min} and under {max} points a year.',
    'trends.declining': 'Declining: {max} points a year or less.',
    'trends.since':
      'Change since the resolution = the latest score minus the {baseline} score (or the {next} score where {baseline} is missing).',
    'coverage.title': 'Averages, coverage and completeness',
    'coverage.aggregate':
      'A region or world average is the mean over the Members with a score that cycle, always shown with its coverage “n of N Members” (N = the group’s Members that cycle). Under 50% coverage it reads “insufficient data” instead of a number.',
    'coverage.adoption':
      'The adoption rate of an indicator is the share of the Members reporting it that are at stage 3 or more, with the same coverage and 50% rule.',
    'coverage.completeness':
      'Reporting completeness = reported (Member, scored indicator) pairs ÷ expected pairs (the group’s Members that cycle × scored indicators).',
    'example.title': 'Worked example: {member}, {cycle}',
    'example.titleNone': 'Worked example',
    'example.body':
      '{member} reported {reported} of the {expected} scored indicators in {cycle}, its latest cycle with a Security Index. Each step below is computed by the engine from that return.',
    'example.none': 'No Member has a Security Index in the loaded data, so there is no example to show.',
    'example.caption': 'From reported values to the Security Index: {member}, {cycle}',
    'example.indicator': 'Indicator',
    'example.value': 'Reported value',
    'example.stage': 'Stage',
    'example.score': 'Score',
    'example.notReported': 'Not reported',
    'example.context': 'Context, not scored',
    'example.areaScore': '{area} score',
    'example.areaReported':
      '{reported} of {scored, plural, one {# scored indicator} other {# scored indicators}} reported',
    'example.areaNone': 'No scored indicator: no area score',
    'example.areaTooFew': 'Fewer than half reported: no area score',
    'example.index': 'Security Index = mean of the {n} area scores: {index}, rated {rating}.',
    'example.yes': 'Yes',
    'example.no': 'No',
    'indicators.title': 'Programme areas and indicators',
    'indicators.body':
      'The framework is data: areas, indicators, types and what is scored come from the framework file ({version}).',
    'indicators.caption': 'Indicators of framework {version}',
    'indicators.code': 'Code',
    'indicators.type': 'Type',
    'indicators.scored': 'Scored',
    'indicators.yes': 'Scored',
    'indicators.no': 'Context',
    'type.yesno': 'Yes/no',
    'type.stage': 'Stage 0–4',
    'type.percent': 'Percentage',
    'type.count': 'Count',
    'type.currency': 'Amount',
    'provenance.title': 'Data provenance',
    'provenance.source': 'Source: {source}. Data as of {date}.',
    'provenance.illustrative':
      'This dataset is illustrative: generated, deterministic and realistic in shape, because the real Member returns are not public. It is not a statement about any administration.',
    'provenance.real': 'This dataset is delivered by the data provider through the data contract.',
    'provenance.counts':
      '{members} Members, {submissions} Member returns (Member × cycle) and {observations} observations, cycles {first}–{latest}.',
    'provenance.shares': '{validated} validated ({share}) and {self} self-reported observations.',
    'provenance.open': 'The {cycle} cycle is still open and only partly reported.',
    'provenance.each':
      'Every observation records whether it is self-reported or validated, whether it is final or provisional, and when it was submitted.',
    'downloads.title': 'Downloads',
    'downloads.lead':
      'The whole dataset, for your own analysis. Each chart also has its own Download menu: PNG or SVG image, and its data as CSV.',
    'downloads.observations': 'All observations (CSV)',
    'downloads.observationsNote':
      'One row per reported value — Member, indicator, cycle, value, provenance, status and submission date — in the columns the import command reads, so an edited file can be imported again. UTF-8, opens in Excel.',
    'downloads.contract': 'The data contract files (JSON), as this dashboard loads them:',
    'downloads.framework': 'framework.json — areas, indicators, stages, rating bands and cycles',
    'downloads.members': 'members.json — Member administrations and their regions',
    'downloads.observationsJson': 'observations.json — every Member return',
    'downloads.working': 'Preparing the file…',
    'downloads.failed': 'The download could not be prepared: {reason}',
    'cite.title': 'Cite this data',
    'cite.lead': 'Every download carries this citation. Please cite the dashboard as:',
  },
  fr: {
    ...methodologyHeading.fr,
    toc: 'Sur cette page',
    'stages.title': 'D’une valeur déclarée à un stade de maturité',
    'stages.body':
      'Chaque indicateur est déclaré une fois par cycle sous sa propre forme. Les indicateurs notés sont convertis en un stade de maturité de 0 à 4 :',
    'stages.yesno': 'Oui/non : oui correspond au stade 4, non au stade 0.',
    'stages.stageRule': 'Stade : le stade déclaré lui-même.',
    'stages.percent':
      'Pourcentage : 0 % correspond au stade 0, moins de 25 % au stade 1, de 25 à 49 % au stade 2, de 50 à 74 % au stade 3, de 75 à 100 % au stade 4.',
    'stages.context':
      'Les effectifs et montants (agents formés, saisies, espèces retenues) sont des éléments de contexte : affichés dans leur propre unité, jamais notés.',
    'stages.caption': 'Stades de maturité',
    'stages.stage': 'Stade',
    'stages.name': 'Nom',
    'stages.meaning': 'Signification',
    'scores.title': 'Scores et indice de sécurité',
    'scores.indicator': 'Score d’un indicateur = stade ÷ 4 × 100 : le stade 3 vaut donc 75.',
    'scores.area':
      'Score d’un domaine = moyenne des scores des indicateurs notés du domaine déclarés au cours du cycle. Il reste vide si moins de la moitié d’entre eux sont déclarés. Un domaine sans indicateur noté (comme le renforcement des capacités) n’a pas de score.',
    'scores.index':
      'Indice de sécurité = moyenne des scores des domaines du Membre. Il reste vide si moins de 60 % des {count} indicateurs notés sont déclarés au cours du cycle.',
    'scores.latest': 'Le dernier score d’un Membre est celui de son cycle le plus récent doté d’un indice de sécurité.',
    'bands.title': 'Niveaux de notation',
    'bands.body':
      'Un score est noté selon le niveau dans lequel il se situe, sur le score non arrondi ; les scores sont affichés avec une décimale.',
    'bands.caption': 'Niveaux de notation',
    'bands.rating': 'Note',
    'bands.range': 'Scores',
    'trends.title': 'Tendances et évolution depuis la résolution',
    'trends.body':
      'Une tendance porte sur les trois cycles les plus récents dotés d’un score (deux suffisent ; en deçà, les données sont insuffisantes). La pente est la valeur la plus récente moins la plus ancienne, divisée par le nombre d’années qui les séparent :',
    'trends.improving': 'En progression : {min} points par an ou plus.',
    'trends.moderate': 'En progression modérée : de {min} à moins de {max} points par an.',
    'trends.stagnating': 'Stable : plus de {min} et moins de {max} points par an.',
    'trends.declining': 'En recul : {max} points par an ou moins.',
    'trends.since':
      'Évolution depuis la résolution = dernier score moins le score de {baseline} (ou celui de {next} si {baseline} manque).',
    'coverage.title': 'Moyennes, couverture et exhaustivité',
    'coverage.aggregate':
      'La moyenne d’une région ou du monde porte sur les Membres ayant un score au cours du cycle ; elle est toujours accompagnée de sa couverture « n Membres sur N » (N = Membres du groupe au cours du cycle). En dessous de 50 % de couverture, elle indique « données insuffisantes » au lieu d’un chiffre.',
    'coverage.adoption':
      'Le taux d’adoption d’un indicateur est la part des Membres qui le déclarent et se situent au stade 3 ou au-delà, avec la même couverture et la même règle des 50 %.',
    'coverage.completeness':
      'Exhaustivité des déclarations = paires (Membre, indicateur noté) déclarées ÷ paires attendues (Membres du groupe au cours du cycle × indicateurs notés).',
    'example.title': 'Exemple détaillé : {member}, {cycle}',
    'example.titleNone': 'Exemple détaillé',
    'example.body':
      '{member} a déclaré {reported} des {expected} indicateurs notés en {cycle}, son dernier cycle doté d’un indice de sécurité. Chaque étape ci-dessous est calculée par le moteur à partir de cette déclaration.',
    'example.none':
      'Aucun Membre n’a d’indice de sécurité dans les données chargées : il n’y a pas d’exemple à présenter.',
    'example.caption': 'Des valeurs déclarées à l’indice de sécurité : {member}, {cycle}',
    'example.indicator': 'Indicateur',
    'example.value': 'Valeur déclarée',
    'example.stage': 'Stade',
    'example.score': 'Score',
    'example.notReported': 'Non déclaré',
    'example.context': 'Contexte, non noté',
    'example.areaScore': 'Score – {area}',
    'example.areaReported':
      '{reported} {scored, plural, one {sur # indicateur noté déclaré} other {des # indicateurs notés déclarés}}',
    'example.areaNone': 'Aucun indicateur noté : pas de score de domaine',
    'example.areaTooFew': 'Moins de la moitié déclarés : pas de score de domaine',
    'example.index': 'Indice de sécurité = moyenne des {n} scores de domaine : {index}, note {rating}.',
    'example.yes': 'Oui',
    'example.no': 'Non',
    'indicators.title': 'Domaines du programme et indicateurs',
    'indicators.body':
      'Le cadre est une donnée : domaines, indicateurs, types et indicateurs notés proviennent du fichier du cadre ({version}).',
    'indicators.caption': 'Indicateurs du cadre {version}',
    'indicators.code': 'Code',
    'indicators.type': 'Type',
    'indicators.scored': 'Noté',
    'indicators.yes': 'Noté',
    'indicators.no': 'Contexte',
    'type.yesno': 'Oui/non',
    'type.stage': 'Stade 0–4',
    'type.percent': 'Pourcentage',
    'type.count': 'Effectif',
    'type.currency': 'Montant',
    'provenance.title': 'Provenance des données',
    'provenance.source': 'Source : {source}. Données au {date}.',
    'provenance.illustrative':
      'Ce jeu de données est illustratif : généré, déterministe et réaliste dans sa forme, car les déclarations réelles des Membres ne sont pas publiques. Il ne dit rien d’aucune administration.',
    'provenance.real': 'Ce jeu de données est fourni par le fournisseur de données selon le contrat de données.',
    'provenance.counts':
      '{members} Membres, {submissions} déclarations (Membre × cycle) et {observations} observations, cycles {first}–{latest}.',
    'provenance.shares': '{validated} observations validées ({share}) et {self} autodéclarées.',
    'provenance.open': 'Le cycle {cycle} est encore ouvert et n’est déclaré qu’en partie.',
    'provenance.each':
      'Chaque observation indique si elle est autodéclarée ou validée, si elle est définitive ou provisoire, et quand elle a été transmise.',
    'downloads.title': 'Téléchargements',
    'downloads.lead':
      'L’ensemble des données, pour vos propres analyses. Chaque graphique a aussi son menu Télécharger : image PNG ou SVG, et ses données en CSV.',
    'downloads.observations': 'Toutes les observations (CSV)',
    'downloads.observationsNote':
      'Une ligne par valeur déclarée — Membre, indicateur, cycle, valeur, provenance, statut et date de transmission — dans les colonnes que lit la commande d’import : un fichier modifié peut être importé à nouveau. UTF-8, s’ouvre dans Excel.',
    'downloads.contract': 'Les fichiers du contrat de données (JSON), tels que ce tableau de bord les charge :',
    'downloads.framework': 'framework.json — domaines, indicateurs, stades, niveaux et cycles',
    'downloads.members': 'members.json — les administrations membres et leur région',
    'downloads.observationsJson': 'observations.json — toutes les déclarations des Membres',
    'downloads.working': 'Préparation du fichier…',
    'downloads.failed': 'Le téléchargement n’a pas pu être préparé : {reason}',
    'cite.title': 'Citer ces données',
    'cite.lead': 'Chaque téléchargement porte cette citation. Merci de citer le tableau de bord ainsi :',
  },
});
