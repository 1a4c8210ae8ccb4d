import { afterEach, describe, expect, it, vi } from 'vitest';
import { CARD_UNDO_MS } from '@/lib/content/annotator';
import type { Send } from '@/lib/content/paper-states';
import type { Request } from '@/lib/messages';
import { askAsContent, cardPage, cardShadow, PAPER } from '../../helpers/card-page';
import { freshLibrary } from '../../helpers/library';

const ID = PAPER.id;

/** The real library and router behind the card, asked as a content script is (lib/policy.ts applies). */
function background() {
  const { library, db } = freshLibrary();
  const sent: Request['type'][] = [];
  let failing: string | null = null;
  const send = (async (request: Request) => {
    sent.push(request.type);
    if (failing) throw new Error(failing);
    return askAsContent(library, request);
  }) as Send;
  return { library, db, sent, send, fail: (reason: string | null) => (failing = reason) };
}

const saveButton = () => cardShadow()?.querySelector<HTMLButtonElement>('button.save');
const undoButton = () => cardShadow()?.querySelector<HTMLButtonElement>('button.undo');

describe('a card after an unsave', () => {
  const { annotate } = cardPage();
  afterEach(() => void vi.useRealTimers());

  it('offers Undo, which brings the paper back from the trash with its tags, status and note', async () => {
    const bg = background();
    await bg.library.save(PAPER, { tags: ['mine'], status: 'reading' });
    await bg.library.setNote(ID, 'my note');
    await annotate(bg.send).scan();
    expect(saveButton()?.getAttribute('aria-pressed')).toBe('true');
    expect(undoButton()).toBeNull();

    saveButton()?.click();
    await expect.poll(() => saveButton()?.getAttribute('aria-pressed')).toBe('false');
    expect(await bg.library.get(ID)).toBeUndefined();
    expect(undoButton()?.getAttribute('aria-label')).toBe('Undo removing Paper 1');

    undoButton()?.click();
    await expect.poll(() => saveButton()?.getAttribute('aria-pressed')).toBe('true');
    expect(bg.sent.slice(-2)).toEqual(['untrash', 'states']);
    expect(await bg.library.get(ID)).toMatchObject({ tags: ['mine'], status: 'reading', note: 'my note' });
    expect(await bg.db.trash.count()).toBe(0);
    expect(undoButton()).toBeNull();
  });

  it('takes the Undo away after a few seconds (the paper stays in the trash)', async () => {
    const bg = background();
    await bg.library.save(PAPER);
    await annotate(bg.send).scan();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    saveButton()?.click();
    await vi.waitFor(() => expect(undoButton()).not.toBeNull());
    vi.advanceTimersByTime(CARD_UNDO_MS - 100);
    expect(undoButton()).not.toBeNull();
    vi.advanceTimersByTime(200);
    expect(undoButton()).toBeNull();
    expect(await bg.db.trash.count()).toBe(1);
  });

  it('a save that fails says why on the card, in words, and the next change clears it', async () => {
    const bg = background();
    await annotate(bg.send).scan();
    bg.fail('the browser has no room left for Paper Shelf (storage quota exceeded): nothing was changed');
    saveButton()?.click();
    await expect
      .poll(() => cardShadow()?.querySelector('[role="alert"]')?.textContent)
      .toBe('Not changed: the browser has no room left for Paper Shelf (storage quota exceeded): nothing was changed.');
    expect(saveButton()?.getAttribute('aria-pressed')).toBe('false');
    bg.fail(null);
    saveButton()?.click();
    await expect.poll(() => saveButton()?.getAttribute('aria-pressed')).toBe('true');
    expect(cardShadow()?.querySelector('[role="alert"]')).toBeNull();
  });
});
