// Noto Sans (latin, regular and bold) for exported images: embedded in the SVG as base64 so that the file
// renders the same on a machine without the font, and registered in the page so that text is measured with
// the metrics it will be drawn with. The files are fetched only when an image is exported.
import boldUrl from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import regularUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';

/** A family name of our own, so that registering it in the page changes nothing else's font. */
export const EXPORT_FONT = 'Noto Sans Export';

let loaded: Promise<string> | null = null;

/** The @font-face rules to embed, after the faces are ready in the page for measuring. */
export function exportFontCss(): Promise<string> {
  loaded ??= Promise.all([face(regularUrl, 400), face(boldUrl, 700)])
    .then((rules) => rules.join('\n'))
    .catch((error: unknown) => {
      loaded = null; // a failed fetch may succeed on the next try
      throw error;
    });
  return loaded;
}

async function face(url: string, weight: number): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
  const bytes = await response.arrayBuffer();
  // An ArrayBuffer source is not a URL, so the page's font-src policy does not apply to it.
  const fontFace = new FontFace(EXPORT_FONT, bytes, { weight: String(weight) });
  await fontFace.load();
  document.fonts.add(fontFace);
  return `@font-face{font-family:'${EXPORT_FONT}';font-weight:${weight};src:url(data:font/woff2;base64,${base64(bytes)}) format('woff2');}`;
}

function base64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  // In slices: String.fromCharCode with a whole font as arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
