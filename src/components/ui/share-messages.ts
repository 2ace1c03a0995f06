// Words of the chart menu's Share part (share-section.tsx): copying the view's link and the chart's embed code.
import { defineMessages } from '@/lib/i18n/messages';

export const shareMessages = defineMessages({
  en: {
    downloads: 'Download',
    share: 'Share',
    link: 'Copy link',
    embed: 'Copy embed code',
    'link.copied': 'Link copied.',
    'embed.copied': 'Embed code copied: paste it into a web page.',
    'link.fallback': 'Link to copy',
    'embed.fallback': 'Embed code to copy (HTML)',
    refused: 'The browser did not allow copying. Select the text below and copy it.',
    close: 'Close',
  },
  fr: {
    downloads: 'Télécharger',
    share: 'Partager',
    link: 'Copier le lien',
    embed: 'Copier le code d’intégration',
    'link.copied': 'Lien copié.',
    'embed.copied': 'Code d’intégration copié : collez-le dans une page web.',
    'link.fallback': 'Lien à copier',
    'embed.fallback': 'Code d’intégration à copier (HTML)',
    refused: 'Le navigateur n’a pas permis la copie. Sélectionnez le texte ci-dessous et copiez-le.',
    close: 'Fermer',
  },
});
