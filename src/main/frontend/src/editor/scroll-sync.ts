/**
 * Text boxes that scroll together (two annotators' versions of one document side by side): scrolling one
 * moves the others to the same relative place. A box moved this way does not pass its own scroll event on,
 * so the boxes never chase each other.
 */
interface Group { boxes: Set<HTMLElement>; }

const groups = new Map<string, Group>();
/** The scrollTop a box was given by its group: its next scroll event at that position is an echo. */
const given = new WeakMap<HTMLElement, number>();

/** The place of a box as a fraction of how far it can scroll. */
export function scrollFraction(scrollTop: number, scrollHeight: number, clientHeight: number): number {
  const room = scrollHeight - clientHeight;
  return room <= 0 ? 0 : Math.min(1, Math.max(0, scrollTop / room));
}

export function joinScrollGroup(name: string, box: HTMLElement): () => void {
  const group = groups.get(name) ?? { boxes: new Set<HTMLElement>() };
  groups.set(name, group);
  group.boxes.add(box);
  const onScroll = () => {
    const echo = given.get(box);
    if (echo !== undefined && Math.abs(echo - box.scrollTop) <= 1) {
      given.delete(box);
      return;
    }
    const fraction = scrollFraction(box.scrollTop, box.scrollHeight, box.clientHeight);
    for (const other of group.boxes) {
      if (other === box) continue;
      const top = Math.round(fraction * Math.max(0, other.scrollHeight - other.clientHeight));
      if (Math.abs(other.scrollTop - top) > 1) {
        given.set(other, top);
        other.scrollTop = top;
      }
    }
  };
  box.addEventListener('scroll', onScroll, { passive: true });
  return () => {
    box.removeEventListener('scroll', onScroll);
    group.boxes.delete(box);
    if (group.boxes.size === 0) groups.delete(name);
  };
}
