/**
 * The text as one block per paragraph, each holding one text node. With `content-visibility: auto` on the
 * blocks the browser lays out and shapes only the paragraphs on screen, so a long document opens as fast
 * as a short one. A paragraph keeps the line breaks that end it, so the blocks read exactly as the one
 * text would (pre-wrap: a trailing "\n\n" still leaves its blank line) and their concatenated text is the
 * stored text. Offsets here are UTF-16 units of the whole text; a range may span several paragraphs,
 * and painting across node boundaries keeps Arabic letters joined because no word is ever split.
 */
export class Paragraphs {
  readonly nodes: Text[] = [];
  /** Unit offset where each paragraph starts, ascending; starts[0] = 0. */
  private readonly starts: number[] = [];
  private readonly indexOf = new Map<Node, number>();

  constructor(readonly container: HTMLElement, private readonly text: string) {
    const blocks = document.createDocumentFragment();
    for (const [start, end] of split(text)) {
      const block = document.createElement('div');
      block.className = 'tw-para';
      const node = document.createTextNode(text.slice(start, end));
      block.appendChild(node);
      blocks.appendChild(block);
      this.indexOf.set(node, this.nodes.length);
      this.indexOf.set(block, this.nodes.length);
      this.nodes.push(node);
      this.starts.push(start);
    }
    container.replaceChildren(blocks);
  }

  get length(): number { return this.text.length; }

  /** The unit offset where paragraph i starts. */
  startOf(i: number): number { return this.starts[i]; }

  /** The DOM position of a unit offset (the start of the next paragraph at a boundary). */
  position(unit: number): [Text, number] {
    const i = this.paragraphAt(unit);
    return [this.nodes[i], unit - this.starts[i]];
  }

  range(startUnit: number, endUnit: number): Range {
    const r = new Range();
    const [sn, so] = this.position(startUnit);
    const [en, eo] = this.position(endUnit);
    r.setStart(sn, so);
    r.setEnd(en, eo);
    return r;
  }

  /** The unit offset of a DOM position inside the text, or null when it lies outside. */
  unitOf(node: Node, offset: number): number | null {
    const i = this.indexOf.get(node);
    if (i !== undefined) {
      if (node.nodeType === Node.TEXT_NODE) return this.starts[i] + offset;
      return offset === 0 ? this.starts[i] : this.end(i); // a paragraph block: before or after its text
    }
    if (node === this.container) return offset < this.nodes.length ? this.starts[offset] : this.text.length;
    return null;
  }

  private end(i: number): number {
    return i + 1 < this.starts.length ? this.starts[i + 1] : this.text.length;
  }

  private paragraphAt(unit: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= unit) lo = mid; else hi = mid - 1;
    }
    return lo;
  }
}

/** Paragraph bounds: each ends after a run of line breaks; an empty text is one empty paragraph. */
function split(text: string): [number, number][] {
  const bounds: [number, number][] = [];
  const breaks = /\n+/g;
  let start = 0;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    const end = m.index + m[0].length;
    if (end - start >= MIN_PARAGRAPH || end === text.length) {
      bounds.push([start, end]);
      start = end;
    }
  }
  if (start < text.length || bounds.length === 0) bounds.push([start, text.length]);
  return bounds;
}

/** Very short paragraphs (headlines, list items) share a block, so a block is worth skipping. */
const MIN_PARAGRAPH = 200;
