// Noto Sans as TrueType for jsPDF (it cannot read WOFF2): without it the PDF's standard fonts lack "−" and
// would mangle French accents. Google Fonts' build (via @expo-google-fonts/noto-sans, SIL Open Font Licence 1.1,
// its LICENSE_FONT) has U+2212, which older Noto Sans builds lack. The build ships the files as assets of their
// own, fetched only when a PDF is made; jsPDF embeds only the glyphs used.
import boldUrl from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import regularUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import type { jsPDF } from 'jspdf';

export const PDF_FONT = 'NotoSans';

let loaded: Promise<readonly [string, string]> | null = null;

async function base64Of(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Registers regular and bold Noto Sans in a document. */
export async function addPdfFonts(doc: jsPDF): Promise<void> {
  loaded ??= Promise.all([base64Of(regularUrl), base64Of(boldUrl)]).catch((error: unknown) => {
    loaded = null;
    throw error;
  });
  const [regular, bold] = await loaded;
  doc.addFileToVFS('NotoSans-Regular.ttf', regular);
  doc.addFont('NotoSans-Regular.ttf', PDF_FONT, 'normal');
  doc.addFileToVFS('NotoSans-Bold.ttf', bold);
  doc.addFont('NotoSans-Bold.ttf', PDF_FONT, 'bold');
}
