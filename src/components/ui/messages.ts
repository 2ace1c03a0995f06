// Words of the shared chart frame that every chart shows at first load (the rest load with the Download menu).
import { defineMessages } from '@/lib/i18n/messages';

export const chartFrameMessages = defineMessages({
  en: { download: 'Download' },
  fr: { download: 'Télécharger' },
});
