// Types for scripts/addin-urls.js, which stays CommonJS so that webpack.config.js can require it.
export declare const DEV_SERVER_PORT: number;
export declare const DEV_SERVER_URL: string;
export declare const DEFAULT_PUBLIC_URL: string;
export declare function publicUrl(env?: Record<string, string | undefined>): string;
