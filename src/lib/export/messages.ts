// Words of the Download menu and of the footnote drawn into exported images.
import { defineMessages } from '@/lib/i18n/messages';

export const exportMessages = defineMessages({
  en: {
    png: 'PNG image',
    svg: 'SVG image (vector)',
    csv: 'CSV data',
    zip: 'Data package (ZIP: shown and full data, metadata, citation)',
    pdf: 'PDF',
    menu: 'Download formats',
    working: 'Preparing the download…',
    done: 'Downloaded {file}.',
    failed: 'The download could not be prepared: {reason}',
    method: 'Method: {url}',
  },
  fr: {
    png: 'Image PNG',
    svg: 'Image SVG (vectorielle)',
    csv: 'Données CSV',
    zip: 'Paquet de données (ZIP : données affichées et complètes, métadonnées, citation)',
    pdf: 'PDF',
    menu: 'Formats de téléchargement',
    working: 'Préparation du téléchargement…',
    done: '{file} téléchargé.',
    failed: 'Le téléchargement n’a pas pu être préparé : {reason}',
    method: 'Méthode : {url}',
  },
});
