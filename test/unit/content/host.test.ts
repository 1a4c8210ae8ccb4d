import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHost, removeStaleUi } from '@/lib/content/host';
import { installDom } from '../../helpers/dom';

/** A host with a button, a checkbox and a field, each counting the events its handler saw. */
function controls(isUserEvent?: (event: Event) => boolean) {
  const { host, root } = createHost(document, 'paper-shelf', 'light', isUserEvent);
  document.body.append(host);
  const seen: string[] = [];
  const button = document.createElement('button');
  button.addEventListener('click', () => seen.push('click'));
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.addEventListener('change', () => seen.push('change'));
  const field = document.createElement('input');
  field.addEventListener('keydown', () => seen.push('keydown'));
  field.addEventListener('input', () => seen.push('input'));
  root.append(button, box, field);
  return { seen, button, box, field };
}

describe('the shadow root of our controls', () => {
  let restore: () => void = () => {};
  beforeEach(() => {
    restore = installDom('<!doctype html><html><body></body></html>', 'https://arxiv.org/list/cs.LG/new').restore;
  });
  afterEach(() => restore());

  it('stops every event a page script makes before a control sees it, and cancels its default action', () => {
    // jsdom's events are all untrusted, as a page script's are in a browser.
    const { seen, button, box, field } = controls();
    button.click();
    box.click();
    field.dispatchEvent(new window.KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    field.value = 'x';
    field.dispatchEvent(new window.Event('input', { bubbles: true, composed: true }));
    expect(seen).toEqual([]);
    expect(box.checked).toBe(false);
  });

  it('lets the user’s own events through', () => {
    const { seen, button, box } = controls(() => true);
    button.click();
    box.click();
    expect(seen).toEqual(['click', 'change']);
    expect(box.checked).toBe(true);
  });

  it('takes away what an earlier copy of the script left: its controls and toolbar go, the cards it hid come back', () => {
    document.body.innerHTML = `
      <article id="hidden" data-paper-shelf-hidden style="display: none; color: red"><h3>A</h3><paper-shelf data-paper-shelf="arxiv:1"></paper-shelf></article>
      <article id="kept"><h3>B</h3><paper-shelf data-paper-shelf="arxiv:2"></paper-shelf><span data-paper-shelf-note>page's own</span></article>
      <paper-shelf-toolbar></paper-shelf-toolbar>`;
    expect(removeStaleUi(document)).toBe(3);
    expect(document.querySelectorAll('paper-shelf, paper-shelf-toolbar')).toHaveLength(0);
    const hidden = document.getElementById('hidden') as HTMLElement;
    expect(hidden.hasAttribute('data-paper-shelf-hidden')).toBe(false);
    expect(hidden.style.display).toBe('');
    expect(hidden.style.color).toBe('red');
    expect(document.querySelector('[data-paper-shelf-note]')?.textContent).toBe("page's own");
    expect(removeStaleUi(document)).toBe(0);
  });
});
