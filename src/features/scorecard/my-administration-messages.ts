// The strings of the "My administration" link, apart from the scorecard's so the header stays light.
import { defineMessages } from '@/lib/i18n/messages';

export const myAdministrationMessages = defineMessages({
  en: { link: 'My administration: {member}' },
  fr: { link: 'Mon administration : {member}' },
});
