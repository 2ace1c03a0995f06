// Types for bundle-bytes.mjs, which TypeScript does not read (the project has no allowJs).
export interface AssetBytes {
  file: string;
  gzip: number;
}
export declare function firstLoadAssets(html: string): string[];
export declare function assetFile(distDir: string, url: string): string;
export declare function gzipBytes(file: string): number;
export declare function firstLoadBytes(distDir: string): { files: AssetBytes[]; total: number };
