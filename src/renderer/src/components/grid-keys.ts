/**
 * Keyboard movement for the virtualised grids (orders, sourcing): rows of one
 * fixed height under a sticky header, so a row's place is index × height and
 * nothing needs measuring.
 */

/** The row a navigation key moves to (unclamped), or undefined for any other key. */
export function rowKeyTarget(
  key: string,
  active: number,
  total: number,
  scroller: HTMLElement | null,
  rowHeight: number,
) {
  const page = Math.max(1, Math.floor((scroller?.clientHeight ?? rowHeight * 10) / rowHeight) - 1);
  const moves: Record<string, number> = {
    ArrowDown: active + 1,
    ArrowUp: active - 1,
    PageDown: active + page,
    PageUp: active - page,
    Home: 0,
    End: total - 1,
  };
  return moves[key];
}

/** Scrolls just enough to show a row below the sticky header (plain scrollTop: rows have one fixed height). */
export function revealRow(scroller: HTMLElement | null, index: number, rowHeight: number) {
  if (!scroller) return;
  const header = scroller.querySelector('thead')?.getBoundingClientRect().height ?? rowHeight;
  const top = index * rowHeight;
  if (top < scroller.scrollTop) scroller.scrollTop = top;
  else if (header + top + rowHeight > scroller.scrollTop + scroller.clientHeight) {
    scroller.scrollTop = header + top + rowHeight - scroller.clientHeight;
  }
}
