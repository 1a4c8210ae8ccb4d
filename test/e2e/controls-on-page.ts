/**
 * Inside a page: the id of every control in page order, how many are shown (take up room), and the ids of those
 * whose save button is pressed. Self-contained, as both browsers serialize it by its source.
 */
export function controlsOnPage(): { ids: (string | undefined)[]; shown: number; pressed: (string | undefined)[] } {
  const hosts = [...document.querySelectorAll<HTMLElement>('[data-paper-shelf]')];
  return {
    ids: hosts.map((host) => host.dataset.paperShelf),
    shown: hosts.filter((host) => host.getBoundingClientRect().height > 0).length,
    pressed: hosts
      .filter((host) => host.shadowRoot?.querySelector('button[aria-pressed]')?.getAttribute('aria-pressed') === 'true')
      .map((host) => host.dataset.paperShelf),
  };
}
