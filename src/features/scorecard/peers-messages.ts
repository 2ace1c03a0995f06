// Strings of the scorecard's "Members like us" section, in English and French.
import { defineMessages } from '@/lib/i18n/messages';

export const peersMessages = defineMessages({
  en: {
    'peers.title': 'Members like us',
    'peers.lead':
      '{n, plural, one {The Member} other {The # Members}}, of any region, whose Security Index was closest to {member}’s ({value}) in {cycle}, and where each stands now.',
    'peers.none': '{member} has no Security Index yet, so there is no baseline to compare with.',
    'peers.noneFound': 'No other Member had a Security Index in {cycle}.',
    'peers.group': 'Members like {member}',
    'peers.compare': 'Open these Members in Compare',
    'peers.chart': 'Security Index of {member} and the Members like it, {first}–{last}',
    'peers.summary': '{member} {value} in {cycle}; {peers}.',
    'peers.col.member': 'Member',
    'peers.col.region': 'Region',
    'peers.col.baseline': 'Index, {cycle}',
    'peers.col.now': 'Index now',
    'peers.col.rating': 'Rating now',
    'peers.nowValue': '{value} ({cycle})',
    'peers.noNow': 'No Index',
    'peers.self': '(this Member)',
  },
  fr: {
    'peers.title': 'Des Membres comme nous',
    'peers.lead':
      '{n, plural, one {Le Membre} other {Les # Membres}}, de toute région, dont l’Indice de sécurité était le plus proche de celui de {member} ({value}) en {cycle}, et où chacun en est aujourd’hui.',
    'peers.none': '{member} n’a pas encore d’Indice de sécurité : il n’y a pas de point de départ à comparer.',
    'peers.noneFound': 'Aucun autre Membre n’avait d’Indice de sécurité en {cycle}.',
    'peers.group': 'Membres comme {member}',
    'peers.compare': 'Ouvrir ces Membres dans Comparer',
    'peers.chart': 'Indice de sécurité de {member} et des Membres comparables, {first}–{last}',
    'peers.summary': '{member} {value} en {cycle} ; {peers}.',
    'peers.col.member': 'Membre',
    'peers.col.region': 'Région',
    'peers.col.baseline': 'Indice, {cycle}',
    'peers.col.now': 'Indice actuel',
    'peers.col.rating': 'Notation actuelle',
    'peers.nowValue': '{value} ({cycle})',
    'peers.noNow': 'Pas d’Indice',
    'peers.self': '(ce Membre)',
  },
});
