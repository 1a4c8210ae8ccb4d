import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

const EDITABLE = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** `/` anywhere on the page (outside a text field) jumps to the search box. */
export function useSearchShortcut(search: RefObject<HTMLInputElement>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (target && (EDITABLE.has(target.tagName) || target.isContentEditable)) return;
      event.preventDefault();
      search.current?.focus();
      search.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [search]);
}
