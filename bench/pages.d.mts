// Types for the bench's page generators (plain .mjs, run by node without a build step), for the unit tests.
export function huggingFaceList(count: number, date?: string, offset?: number): string;
export function huggingFaceDay(count: number, date: string, offset?: number): { props: string; cards: string };
export function arxivList(count: number): string;
