// A PNG of an exported SVG: drawn on a canvas at (at least) twice its size for sharp slides and print, on white.

export async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  // A blob: URL keeps the canvas untainted (same origin) and is allowed by the policy's img-src.
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw images');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => {
        if (blob) resolve(blob);
        else reject(new Error('the image could not be encoded'));
      }, 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
