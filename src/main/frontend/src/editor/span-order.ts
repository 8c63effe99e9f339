/**
 * Spans kept in text order (start ascending, longer first, then by key) and changed in place, so an edit
 * costs a binary search and an array move instead of sorting every span again. Pure: no DOM.
 */
export interface Placed { key: number; start: number; end: number; }

export function compareSpans(a: Placed, b: Placed): number {
  return a.start - b.start || b.end - a.end || a.key - b.key;
}

/** The index of the first span that does not come before `probe`. */
function lowerBound(list: readonly Placed[], probe: Placed): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareSpans(list[mid], probe) < 0) lo = mid + 1; else hi = mid;
  }
  return lo;
}

export function insertSorted<T extends Placed>(list: T[], span: T) {
  list.splice(lowerBound(list, span), 0, span);
}

/** Removes the span that sits in the list at `at` (its position when it was placed). */
export function removeSorted<T extends Placed>(list: T[], key: number, at: { start: number; end: number }) {
  const i = lowerBound(list, { key, start: at.start, end: at.end });
  if (i < list.length && list[i].key === key) list.splice(i, 1);
}

/** The index of the first span starting at or after `start`. */
export function firstFrom(list: readonly Placed[], start: number): number {
  return lowerBound(list, { key: -Infinity, start, end: Infinity });
}

/**
 * The depth of the span at `index` as nestingDepths counts it: how many other spans contain it, spans over
 * the same characters counting as one level. Only spans before it can contain it, and none starts more than
 * `maxLength` before it.
 */
export function depthAt(list: readonly Placed[], index: number, maxLength: number): number {
  const s = list[index];
  let depth = 0;
  for (let j = index - 1; j >= 0 && list[j].start >= s.start - maxLength; j--) {
    const o = list[j];
    if (o.end >= s.end && (o.start < s.start || o.end > s.end)) depth++;
  }
  return depth;
}

/** Keys of the spans inside [start, end) (whose depth a span over that range changes), in text order. */
export function keysWithin(list: readonly Placed[], start: number, end: number): number[] {
  const keys: number[] = [];
  for (let i = firstFrom(list, start); i < list.length && list[i].start < end; i++) {
    if (list[i].end <= end) keys.push(list[i].key);
  }
  return keys;
}
