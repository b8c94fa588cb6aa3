"use client";

import { useCallback, useEffect, useState } from "react";

type ListState = { q: string; page: number };

/**
 * A paged list's filters kept in the address bar (so the list can be bookmarked or reloaded).
 * `update` changes filters and goes back to page 1 unless it sets `page`; `search` does the same for
 * the text query and ignores an unchanged one. `toSearch` writes the state as "?a=b" (or "").
 */
export function useUrlListState<S extends ListState>(initial: S, toSearch: (state: S) => string) {
  const [state, setState] = useState(initial);
  useEffect(() => {
    window.history.replaceState(window.history.state, "", `${window.location.pathname}${toSearch(state)}`);
  }, [state, toSearch]);
  const update = useCallback((patch: Partial<S>) => setState((prev) => ({ ...prev, page: 1, ...patch })), []);
  const search = useCallback((q: string) => setState((prev) => (prev.q === q ? prev : { ...prev, q, page: 1 })), []);
  return { state, update, search };
}
