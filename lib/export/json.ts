import { type Paper, withoutDerived } from '@/lib/paper';

export const BACKUP_FORMAT = 'paper-shelf';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  papers: Paper[];
}

/** The full-fidelity backup (CONTRACT.md): every field of every paper, as stored. */
export function exportJson(papers: readonly Paper[], options: { now?: () => number } = {}): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date((options.now ?? Date.now)()).toISOString(),
    // What the database derives from a record (its title key) is not the user's data: it is rebuilt on import.
    papers: papers.map(withoutDerived),
  };
  return `${JSON.stringify(backup, null, 1)}\n`;
}
