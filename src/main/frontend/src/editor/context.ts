import { isWordChar } from './words.js';

export interface Mention { before: string; mention: string; after: string; }

/**
 * A mention with up to `words` words of context on each side, taken from the same line, so a list of
 * mentions that read alike ("جاسم, جاسم, جاسم") tells them apart.
 */
export function mentionInContext(chars: string[], start: number, end: number, words = 3): Mention {
  let from = start;
  for (let w = 0; w < words; w++) {
    let p = from;
    while (p > 0 && !isWordChar(chars[p - 1]) && chars[p - 1] !== '\n') p--;
    if (p === 0 || chars[p - 1] === '\n') { from = p; break; }
    while (p > 0 && isWordChar(chars[p - 1])) p--;
    from = p;
  }
  let to = end;
  for (let w = 0; w < words; w++) {
    let p = to;
    while (p < chars.length && !isWordChar(chars[p]) && chars[p] !== '\n') p++;
    if (p === chars.length || chars[p] === '\n') { to = p; break; }
    while (p < chars.length && isWordChar(chars[p])) p++;
    to = p;
  }
  const text = (a: number, b: number) => chars.slice(a, b).join('').replace(/\s+/g, ' ');
  return { before: text(from, start).trimStart(), mention: text(start, end), after: text(end, to).trimEnd() };
}
