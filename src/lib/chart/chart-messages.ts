// The words every line chart shares: exploring it by keyboard (chart-navigation.ts) and the sentences its text
// summary ends with (chart-summary.ts), in English and French.
import { defineMessages } from '@/lib/i18n/messages';

export const chartMessages = defineMessages({
  en: {
    role: 'line chart',
    keys: 'Arrow keys: Left and Right move from cycle to cycle, Up and Down from line to line; Home and End go to the first and last cycle.',
    point: '{series}, {cycle}: {value}',
    pointCoverage: '{coverage} reported',
    points: '{change} points',
    biggestChange: 'The biggest change from one cycle to the next: {series}, {change} from {from} to {to}.',
    noChange: 'No line has values in two cycles in a row.',
    gap: '{series}: no value in {cycles}, between cycles with one.',
    coverageDrop: 'In {cycle} reporting for {series} falls from {from} to {to} of Members.',
    coverageDrops:
      'In {cycle} reporting falls sharply on {count} lines, most for {series}: from {from} to {to} of Members.',
  },
  fr: {
    role: 'graphique linéaire',
    keys: 'Flèches : gauche et droite passent d’un cycle à l’autre, haut et bas d’une courbe à l’autre ; Début et Fin vont au premier et au dernier cycle.',
    point: '{series}, {cycle} : {value}',
    pointCoverage: '{coverage} ayant déclaré',
    points: '{change} points',
    biggestChange: 'Plus forte variation d’un cycle au suivant : {series}, {change} de {from} à {to}.',
    noChange: 'Aucune courbe n’a de valeur sur deux cycles consécutifs.',
    gap: '{series} : aucune valeur en {cycles}, entre des cycles qui en ont une.',
    coverageDrop: 'En {cycle}, la part des Membres ayant déclaré pour {series} tombe de {from} à {to}.',
    coverageDrops:
      'En {cycle}, la part des Membres ayant déclaré chute sur {count} courbes, surtout pour {series} : de {from} à {to}.',
  },
});
