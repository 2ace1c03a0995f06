// Reads an input file as text in a known encoding. UTF-8 (with or without BOM) unless told otherwise: a file
// that is not valid UTF-8 — typically a CSV that Excel saved as Windows-1252 — is refused, naming the lines,
// instead of turning "Côte d'Ivoire" into "C�te d'Ivoire" without a word.
import { readFileSync } from 'node:fs';

export const ENCODINGS = ['utf-8', 'windows-1252', 'latin1'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Accepted spellings of each encoding (WHATWG labels): "latin1" is read as Windows-1252, as browsers do. */
const LABELS: Readonly<Record<string, Encoding>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  latin1: 'latin1',
  'iso-8859-1': 'latin1',
};

export function encodingOf(label: string): Encoding | undefined {
  return LABELS[label.trim().toLowerCase()];
}

/** At most this many lines are named: a file in the wrong encoding usually has many, and the fix is one flag. */
const SHOWN = 10;

export type TextRead = { readonly text: string; readonly problems?: undefined } | { readonly problems: string[] };

export function readTextFile(file: string, encoding: Encoding = 'utf-8'): TextRead {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { problems: [`cannot read ${file}: ${(error as Error).message}`] };
  }
  if (encoding !== 'utf-8') return { text: new TextDecoder('windows-1252').decode(bytes) };
  const bad = invalidUtf8Lines(bytes);
  if (bad.length === 0) return { text: new TextDecoder('utf-8').decode(bytes) };
  const shown = bad.slice(0, SHOWN).map(({ line, column, byte }) => {
    return `line ${line}: not valid UTF-8 (byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at byte ${column} of the line)`;
  });
  if (bad.length > SHOWN) shown.push(`… and ${bad.length - SHOWN} more line(s) that are not valid UTF-8`);
  shown.push(
    'The file is not UTF-8. If Excel saved it ("CSV" rather than "CSV UTF-8"), it is probably Windows-1252: ' +
      'run the import again with --encoding windows-1252, or save the file as "CSV UTF-8".',
  );
  return { problems: shown };
}

/** Each line holding a byte sequence that is not UTF-8, with the first bad byte (1-based line and byte). */
export function invalidUtf8Lines(bytes: Uint8Array): { line: number; column: number; byte: number }[] {
  const bad: { line: number; column: number; byte: number }[] = [];
  let line = 1;
  let lineStart = 0;
  let reported = 0;
  for (let i = 0; i < bytes.length;) {
    const first = bytes[i] ?? 0;
    if (first === 0x0a) {
      line++;
      lineStart = i + 1;
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      if (reported !== line) bad.push({ line, column: i - lineStart + 1, byte: first });
      reported = line;
      i++;
    } else i += length;
  }
  return bad;
}

/** The length of the valid UTF-8 sequence starting at `i`, or 0 (RFC 3629: no overlongs, surrogates or > U+10FFFF). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] ?? 0;
  const cont = (k: number, low = 0x80, high = 0xbf) => {
    const b = bytes[i + k];
    return b !== undefined && b >= low && b <= high;
  };
  if (b0 < 0x80) return 1;
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b0 >= 0xe1 && b0 <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}
