/** Multi-select over a list of ids: plain toggles, Shift-ranges from an anchor, and pruning to what is listed. */
export interface Selection {
  ids: ReadonlySet<string>;
  /** The row a Shift-click extends from. */
  anchor: string | null;
}

export const EMPTY_SELECTION: Selection = { ids: new Set(), anchor: null };

export function toggleSelected(selection: Selection, id: string): Selection {
  const ids = new Set(selection.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { ids, anchor: id };
}

/** Selects every id between the anchor and `id` (inclusive) in list order, keeping what was selected. */
export function selectRange(selection: Selection, order: readonly string[], id: string): Selection {
  const to = order.indexOf(id);
  const from = selection.anchor === null ? -1 : order.indexOf(selection.anchor);
  if (to < 0) return selection;
  if (from < 0) return toggleSelected(selection, id);
  const ids = new Set(selection.ids);
  for (let i = Math.min(from, to); i <= Math.max(from, to); i++) {
    const between = order[i];
    if (between !== undefined) ids.add(between);
  }
  return { ids, anchor: selection.anchor };
}

export function selectAll(order: readonly string[]): Selection {
  return { ids: new Set(order), anchor: order[0] ?? null };
}

/** Drops ids that are no longer listed (filtered out or removed), so bulk actions touch only visible, checked rows. */
export function pruneSelection(selection: Selection, listed: ReadonlySet<string>): Selection {
  let dropped = false;
  for (const id of selection.ids) {
    if (!listed.has(id)) {
      dropped = true;
      break;
    }
  }
  if (!dropped) return selection;
  const ids = new Set([...selection.ids].filter((id) => listed.has(id)));
  return { ids, anchor: selection.anchor !== null && listed.has(selection.anchor) ? selection.anchor : null };
}
