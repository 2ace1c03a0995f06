// Words of the shared chart frame that every chart shows at first load (the rest load with the Download menu),
// and of exploring a chart by keyboard (lib/chart/chart-navigation.ts).
import { defineMessages } from '@/lib/i18n/messages';

export const chartFrameMessages = defineMessages({
  en: {
    download: 'Download',
    role: 'line chart',
    keys: 'Arrow keys: Left and Right move from cycle to cycle, Up and Down from line to line; Home and End go to the first and last cycle.',
    point: '{series}, {cycle}: {value}',
    pointCoverage: '{coverage} reported',
  },
  fr: {
    download: 'Télécharger',
    role: 'graphique linéaire',
    keys: 'Flèches : gauche et droite passent d’un cycle à l’autre, haut et bas d’une courbe à l’autre ; Début et Fin vont au premier et au dernier cycle.',
    point: '{series}, {cycle} : {value}',
    pointCoverage: '{coverage} ayant déclaré',
  },
});
