import { beforeEach } from 'vitest';
import { Annotator } from '@/lib/content/annotator';
import type { Send } from '@/lib/content/paper-states';
import type { Library } from '@/lib/library';
import type { Request } from '@/lib/messages';
import type { PaperDraft } from '@/lib/paper';
import { handleMessage } from '@/lib/router';
import { huggingface } from '@/lib/sites/huggingface';
import { domPerTest } from './dom';

/** The one paper on the page, as the library saves it. */
export const PAPER = {
  id: 'arxiv:2401.00001',
  title: 'Paper 1',
  authors: ['A'],
  url: 'https://arxiv.org/abs/2401.00001',
} as const satisfies PaperDraft;

const URL = 'https://huggingface.co/papers/date/2025-03-04';
const PAGE = '<main><article><h3><a href="/papers/2401.00001">Paper 1</a></h3></article></main>';
const host = { openLibrary: async () => {}, importProgress: () => {} };

/** The shadow root of the card's control. */
export const cardShadow = () => document.querySelector(`[data-paper-shelf="${PAPER.id}"]`)?.shadowRoot;

/**
 * The real router over `library` answering `request` as it answers a content script (lib/policy.ts applies); a
 * refused request throws, as the content script's send does.
 */
export async function askAsContent(library: Library, request: Request) {
  const reply = await handleMessage(library, request, host, 'content');
  if (!reply.ok) throw new Error(reply.error);
  return reply;
}

/**
 * Called in a describe: before each of its tests a Hugging Face day page with one card (PAPER) is the global DOM,
 * and after it the page is gone. `annotate(send)` is that page's annotator (the user's events trusted), stopped with
 * the page.
 */
export function cardPage(): { annotate: (send: Send) => Annotator } {
  const dom = domPerTest(URL);
  beforeEach(() => {
    document.body.innerHTML = PAGE;
  });
  return {
    annotate: (send) =>
      new Annotator({ doc: document, adapters: () => [huggingface], send, signal: dom.stop.signal, isUserEvent: () => true }),
  };
}
