/** Types of ./fresh.js (plain JavaScript so that bin/objector.js can load it before tsx). */
export declare const STAMP: string;
export declare function freshBundle(dir: string, root: string, entry?: string): URL | null;
