import { expect } from '@playwright/test';

/** The mark the content script sets when a scan ends, timed at the scan's start (SCANNED_MARK in lib/content/annotator.ts). */
const SCANNED_MARK = 'paper-shelf:scanned';

/** A page of either browser's driver: Playwright's Page or the both-browsers ShelfPage. */
interface Evaluates {
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
}

/**
 * Changes the page (a node appended to its body) and waits until a scan the content script began after the change
 * has ended: no fixed wait stands in for the re-scan.
 */
export async function rescanned(page: Evaluates): Promise<void> {
  const before = await page.evaluate(() => {
    const at = performance.now();
    document.body.append(document.createElement('div'));
    return at;
  }, null);
  await expect
    .poll(() => page.evaluate((name) => performance.getEntriesByName(name).at(-1)?.startTime ?? -1, SCANNED_MARK), {
      message: 'the page is scanned again after a change',
    })
    .toBeGreaterThan(before);
}
