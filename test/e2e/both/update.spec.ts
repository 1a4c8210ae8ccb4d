import { expect, expectControls, saveButton, test, toolbar } from '../driver';

const DAILY = 'https://huggingface.co/papers/date/2025-03-04';
const A = 'arxiv:2503.01785';
const B = 'arxiv:2503.01743';
const IDS = [A, B, 'arxiv:2503.00808', 'arxiv:2503.02130', 'arxiv:2503.01307'];

/** Our elements on the page: card control hosts and toolbars, old or new. */
const ours = () => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('paper-shelf')).length;
const savedCard = `article:has(h3 a[href="/papers/${A.slice(6)}"])`;

// A browser of its own: the update reloads the extension (in Chromium it does not come back: see driver/chromium.ts),
// which no test after it could start from.
test('after the extension is updated or goes away with a supported tab open, the old controls and toolbar go; an update leaves one live UI', async ({
  freshShelf: shelf,
}) => {
  shelf.serve({ [DAILY]: 'huggingface/papers-date-2025-03-04.html' });
  const tab = await shelf.open(DAILY);
  await expectControls(tab, IDS);
  await tab.expectCount(toolbar, 1);
  await tab.click(saveButton(A));
  await tab.expectAttr(saveButton(A), 'aria-pressed', 'true');
  // "Hide saved" hides A's card: whatever happens next must not leave it hidden by a UI that is gone.
  await tab.check({ css: `${toolbar} >>> input[type=checkbox]`, name: 'Hide saved' });
  await tab.expectVisible(savedCard, false);

  const outcome = await shelf.updateExtension();
  if (outcome === 'updated') {
    // Firefox injects the new version into the open tab: exactly one set of controls and one toolbar, and they work.
    await expect.poll(() => tab.evaluate(ours, null), { message: 'our elements on the page' }).toBe(IDS.length + 1);
    await expectControls(tab, IDS);
    await tab.expectCount(toolbar, 1);
    await tab.expectVisible(savedCard);
    await tab.expectAttr(saveButton(A), 'aria-pressed', 'true');
    await tab.click(saveButton(B));
    await tab.expectAttr(saveButton(B), 'aria-pressed', 'true');
    const popup = await shelf.popup();
    await popup.expectCount('[data-paper-id]', 2);
  } else {
    // The extension is gone (Chromium, see its driver): its old UI takes itself away and shows the card it hid.
    await expect.poll(() => tab.evaluate(ours, null), { message: 'our elements on the page' }).toBe(0);
    await tab.expectVisible(savedCard);
  }
});
