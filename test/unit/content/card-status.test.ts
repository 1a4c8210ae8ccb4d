import { describe, expect, it } from 'vitest';
import type { Send } from '@/lib/content/paper-states';
import type { Request } from '@/lib/messages';
import { askAsContent, cardPage, cardShadow, PAPER } from '../../helpers/card-page';
import { freshLibrary } from '../../helpers/library';

const ID = PAPER.id;

const picker = () => cardShadow()?.querySelector<HTMLSelectElement>('select.status');

/** Picks an option as the keyboard does: the value changes, then `change` fires. */
function pick(value: string): void {
  const select = picker();
  if (!select) throw new Error('no status picker');
  select.value = value;
  select.dispatchEvent(new (select.ownerDocument.defaultView as Window & typeof globalThis).Event('change', { bubbles: true }));
}

describe("a card's status picker", () => {
  const { annotate } = cardPage();

  it('keeps the last of several quick picks: a pick made while the previous one is on its way is sent after it', async () => {
    const { library } = freshLibrary();
    await library.save(PAPER);
    const statuses: string[] = [];
    let release: () => void = () => {};
    const send = (async (request: Request) => {
      if (request.type === 'setStatus') {
        statuses.push(request.status);
        // The first change waits until the test lets it through, as a slow worker would.
        if (statuses.length === 1) await new Promise<void>((resolve) => (release = resolve));
      }
      return askAsContent(library, request);
    }) as Send;
    await annotate(send).scan();
    expect(picker()?.value).toBe('unread');

    pick('reading');
    await expect.poll(() => statuses).toEqual(['reading']);
    // While the pick is on its way the picker shows it, never the status the library had before.
    expect(picker()?.value).toBe('reading');
    pick('read');
    expect(picker()?.value).toBe('read');
    release();

    await expect.poll(async () => (await library.get(ID))?.status).toBe('read');
    expect(statuses).toEqual(['reading', 'read']);
    await expect.poll(() => picker()?.dataset.status).toBe('read');
    expect(picker()?.value).toBe('read');
  });

  it("a pick that fails shows the library's status again, and picking it anew is sent", async () => {
    const { library } = freshLibrary();
    await library.save(PAPER);
    let fail = true;
    const statuses: string[] = [];
    const send = (async (request: Request) => {
      if (request.type === 'setStatus') {
        statuses.push(request.status);
        if (fail) throw new Error('the background did not answer');
      }
      return askAsContent(library, request);
    }) as Send;
    await annotate(send).scan();
    pick('read');
    await expect.poll(() => picker()?.value).toBe('unread');
    fail = false;
    pick('read');
    await expect.poll(async () => (await library.get(ID))?.status).toBe('read');
    expect(statuses).toEqual(['read', 'read']);
    await expect.poll(() => picker()?.value).toBe('read');
  });
});
