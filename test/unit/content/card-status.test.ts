import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Annotator } from '@/lib/content/annotator';
import type { Send } from '@/lib/content/paper-states';
import type { Request } from '@/lib/messages';
import { handleMessage } from '@/lib/router';
import { huggingface } from '@/lib/sites/huggingface';
import { installDom } from '../../helpers/dom';
import { freshLibrary } from '../../helpers/library';

const ID = 'arxiv:2401.00001';
const PAGE = '<main><article><h3><a href="/papers/2401.00001">Paper 1</a></h3></article></main>';
const host = { openLibrary: async () => {}, importProgress: () => {} };

const picker = () => document.querySelector(`[data-paper-shelf="${ID}"]`)?.shadowRoot?.querySelector<HTMLSelectElement>('select.status');

/** Picks an option as the keyboard does: the value changes, then `change` fires. */
function pick(value: string): void {
  const select = picker();
  if (!select) throw new Error('no status picker');
  select.value = value;
  select.dispatchEvent(new (select.ownerDocument.defaultView as Window & typeof globalThis).Event('change', { bubbles: true }));
}

describe("a card's status picker", () => {
  let restore: () => void = () => {};
  let stop = new AbortController();
  beforeEach(() => {
    stop = new AbortController();
    restore = installDom('<!doctype html><html><body></body></html>', 'https://huggingface.co/papers/date/2025-03-04').restore;
    document.body.innerHTML = PAGE;
  });
  afterEach(() => {
    stop.abort();
    restore();
  });

  it('keeps the last of several quick picks: a pick made while the previous one is on its way is sent after it', async () => {
    const { library } = freshLibrary();
    await library.save({ id: ID, title: 'Paper 1', authors: ['A'], url: 'https://arxiv.org/abs/2401.00001' });
    const statuses: string[] = [];
    let release: () => void = () => {};
    const send = (async (request: Request) => {
      if (request.type === 'setStatus') {
        statuses.push(request.status);
        // The first change waits until the test lets it through, as a slow worker would.
        if (statuses.length === 1) await new Promise<void>((resolve) => (release = resolve));
      }
      const reply = await handleMessage(library, request, host, 'content');
      if (!reply.ok) throw new Error(reply.error);
      return reply;
    }) as Send;
    await new Annotator({ doc: document, adapters: () => [huggingface], send, signal: stop.signal, isUserEvent: () => true }).scan();
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
    await library.save({ id: ID, title: 'Paper 1', authors: ['A'], url: 'https://arxiv.org/abs/2401.00001' });
    let fail = true;
    const statuses: string[] = [];
    const send = (async (request: Request) => {
      if (request.type === 'setStatus') {
        statuses.push(request.status);
        if (fail) throw new Error('the background did not answer');
      }
      const reply = await handleMessage(library, request, host, 'content');
      if (!reply.ok) throw new Error(reply.error);
      return reply;
    }) as Send;
    await new Annotator({ doc: document, adapters: () => [huggingface], send, signal: stop.signal, isUserEvent: () => true }).scan();
    pick('read');
    await expect.poll(() => picker()?.value).toBe('unread');
    fail = false;
    pick('read');
    await expect.poll(async () => (await library.get(ID))?.status).toBe('read');
    expect(statuses).toEqual(['read', 'read']);
    await expect.poll(() => picker()?.value).toBe('read');
  });
});
