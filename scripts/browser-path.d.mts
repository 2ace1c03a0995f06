// Types for browser-path.mjs, which TypeScript does not read (the project has no allowJs).
export declare const CHROMIUM_ARGS: readonly string[];
export declare function findBrowser(): { executablePath: string; source: string } | undefined;
export declare function chromePathProblem(): string | undefined;
