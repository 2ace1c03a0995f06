// The Reporting view's message keys, for components that take the view's translator.
import type { reportingMessages } from './messages';

export type ReportingKey = keyof (typeof reportingMessages)['en'];
