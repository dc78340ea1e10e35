// Replaced at build time (esbuild and vitest `define`) with package.json's version, so that
// `--version` never has to read a file.
declare const __IAM_TUTOR_VERSION__: string;
export const version: string = __IAM_TUTOR_VERSION__;
