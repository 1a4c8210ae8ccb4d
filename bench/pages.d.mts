// Types for the bench's page generators (plain .mjs, run by node without a build step), for the unit tests.
export function huggingFaceList(count: number, date?: string): string;
export function arxivList(count: number): string;
