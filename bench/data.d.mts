// Types for the bench's synthetic papers (plain .mjs, run by node without a build step), for the unit tests.
import type { Paper, PaperDraft } from '@/lib/paper';

export const TAGS: string[];
export const STATUSES: Paper['status'][];
export function random(seed: number): () => number;
export function arxivNumber(i: number): string;
export function paperDraft(i: number, seed?: number): PaperDraft & Required<Pick<PaperDraft, 'abstract' | 'publishedAt' | 'upvotes'>>;
export function paperDrafts(count: number, seed?: number): PaperDraft[];
export function paperRecord(i: number, seed?: number): Paper;
export function jsonBackup(count: number, seed?: number): string;
