import type { Offsets } from './offsets.js';
import type { Paragraphs } from './paragraphs.js';

/** The page's selection and the mouse over the text, in code points, and scrolling a range into view. */
export class Pointer {
  /** The page selection the editor itself last set, to tell it from one made by other means. */
  private shown: [number, number] | null = null;

  constructor(private readonly paragraphs: Paragraphs, private readonly offsets: Offsets) {}

  /** The page's selection inside the text, or null when there is none (or it is empty). */
  selection(): [number, number] | null {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const r = sel.getRangeAt(0);
    const startUnit = this.paragraphs.unitOf(r.startContainer, r.startOffset);
    const endUnit = this.paragraphs.unitOf(r.endContainer, r.endOffset);
    if (startUnit === null || endUnit === null) return null;
    const start = this.offsets.toCodePoint(startUnit);
    const end = this.offsets.toCodePoint(endUnit);
    return start < end ? [start, end] : null;
  }

  /** A page selection the editor has not set itself (made by a script, or a drag that ended elsewhere). */
  unseenSelection(): [number, number] | null {
    const native = this.selection();
    if (!native || (this.shown && native[0] === this.shown[0] && native[1] === this.shown[1])) return null;
    this.shown = native;
    return native;
  }

  /** Makes the page's selection, if there is one, cover exactly [start, end): what is seen, copied and stored agree. */
  showSelection(range: [number, number] | null) {
    if (!range || !this.selection()) return;
    const r = this.paragraphs.range(this.offsets.toUnit(range[0]), this.offsets.toUnit(range[1]));
    window.getSelection()?.setBaseAndExtent(r.startContainer, r.startOffset, r.endContainer, r.endOffset);
    this.shown = range;
  }

  clearSelection() {
    this.shown = null;
    window.getSelection()?.removeAllRanges();
  }

  /** The code point under the point (x, y) of the viewport, or null outside the text. */
  at(x: number, y: number): number | null {
    const doc = document as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
    const pos = doc.caretPositionFromPoint?.(x, y);
    const unit = pos && pos.offsetNode.nodeType === Node.TEXT_NODE ? this.paragraphs.unitOf(pos.offsetNode, pos.offset) : null;
    if (unit !== null) return this.offsets.toCodePoint(unit);
    const range = document.caretRangeFromPoint?.(x, y);
    const fallback = range && range.startContainer.nodeType === Node.TEXT_NODE
      ? this.paragraphs.unitOf(range.startContainer, range.startOffset) : null;
    return fallback === null ? null : this.offsets.toCodePoint(fallback);
  }

  /** Scrolls [start, end) into view. Paragraphs that come on screen are laid out only in the next frames and
   *  may then differ from their estimated height, so the position is checked again for a few frames. */
  scrollTo(start: number, end: number, frames = 3) {
    const range = this.paragraphs.range(this.offsets.toUnit(start), this.offsets.toUnit(end));
    const rect = range.getBoundingClientRect();
    const box = this.paragraphs.container;
    const outer = box.getBoundingClientRect();
    if (rect.top < outer.top || rect.bottom > outer.bottom) {
      box.scrollTop += rect.top - outer.top - outer.height / 3;
    }
    if (frames > 0) requestAnimationFrame(() => this.scrollTo(start, end, frames - 1));
  }
}
