// Types of electronBinary.js for the tests (the script itself runs on plain Node, untranspiled).
export declare const OFFLINE_MESSAGE: string;
export declare function ensureElectron(electronDir: string): { ok: true; path: string } | { ok: false; output: string };
