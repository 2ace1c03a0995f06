// Run in a worker at start-up (intl-warm-up.ts): the first Intl object of a page loads the browser's locale data,
// tens of milliseconds on a phone (about 140 ms at Lighthouse's 4× slow-down for the first number format alone).
// That data is shared by the page's threads, so loading it here, while the page fetches its data, spares the
// page's first figures the wait. Nothing made here is used: the page makes its own formatters, now at once.
// One of each kind of Intl object the app makes (format.ts, messages.ts, the tables' collators, the data notice).

self.onmessage = (event: MessageEvent<string>) => {
  const locale = event.data;
  new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(1234.5);
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(0.5);
  new Intl.NumberFormat(locale, { minimumFractionDigits: 1, signDisplay: 'exceptZero' }).format(-1.5);
  new Intl.PluralRules(locale).select(1);
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(0);
  new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-1, 'day');
  new Intl.Collator(locale, { sensitivity: 'base', numeric: true }).compare('a', 'b');
  Intl.DateTimeFormat.supportedLocalesOf([locale]);
  self.postMessage('warm');
  self.close();
};
