/** Word boundaries for snapping selections: a word is a run of letters, marks, digits and tatweel. */
const WORD = /[\p{L}\p{M}\p{N}\u0640_]/u;

export function isWordChar(ch: string): boolean {
  return WORD.test(ch);
}

/** Code points of the text as an array, so indexing matches our offsets. */
export function codePoints(text: string): string[] {
  return Array.from(text);
}

/** Grows [start, end) to whole words; a selection of only spaces/punctuation is trimmed instead. */
export function snapToWords(chars: string[], start: number, end: number): [number, number] {
  while (start < end && !isWordChar(chars[start])) start++;
  while (end > start && !isWordChar(chars[end - 1])) end--;
  if (start === end) return [start, end];
  while (start > 0 && isWordChar(chars[start - 1])) start--;
  while (end < chars.length && isWordChar(chars[end])) end++;
  return [start, end];
}

/** The start of the next word after `pos`, or the end of the current word when moving backwards. */
export function nextWordBoundary(chars: string[], pos: number, forward: boolean): number {
  if (forward) {
    let p = pos;
    while (p < chars.length && isWordChar(chars[p])) p++;
    while (p < chars.length && !isWordChar(chars[p])) p++;
    return p === pos ? Math.min(chars.length, pos + 1) : p;
  }
  let p = pos;
  while (p > 0 && !isWordChar(chars[p - 1])) p--;
  while (p > 0 && isWordChar(chars[p - 1])) p--;
  return p === pos ? Math.max(0, pos - 1) : p;
}

/** The end of the word that starts at or after `pos`. */
export function wordEnd(chars: string[], pos: number): number {
  let p = pos;
  while (p < chars.length && !isWordChar(chars[p])) p++;
  while (p < chars.length && isWordChar(chars[p])) p++;
  return p;
}
