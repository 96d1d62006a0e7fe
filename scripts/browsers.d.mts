// Types for scripts/browsers.mjs (imported by the TypeScript e2e helpers).
export type BrowserName = 'chromium' | 'firefox';
export declare const BROWSERS: Record<BrowserName, { pkg: string; env: string; candidates: string[]; commands: string[] }>;
export declare function findBrowser(name: BrowserName): string | null;
export declare function ensureBrowser(name: BrowserName): string;
export declare function chromiumExtensionArgs(extensionDir: string, options: { headless: boolean }): string[];
