// File names that say what an export holds — measure, group, cycles, language — lower-case, no spaces, and
// only characters every operating system accepts.

export interface FileNameParts {
  /** What is measured, e.g. "security-index", or an indicator code. */
  readonly measure: string;
  /** Whose values: "world", a region or Member code, "regions"… */
  readonly group: string;
  /** First and last cycle shown. */
  readonly cycles: readonly [number, number];
}

export type ExportFormat = 'png' | 'svg' | 'csv' | 'zip' | 'pdf';

/** Lower-case ASCII words joined by "-": accents dropped, anything else becomes a separator. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function exportFileName(parts: FileNameParts, lang: string, format: ExportFormat): string {
  const [from, to] = parts.cycles;
  const cycles = from === to ? String(from) : `${from}-${to}`;
  const name = [parts.measure, parts.group, cycles, lang].map(slug).filter(Boolean).join('_');
  return `${name || 'export'}.${format}`;
}
