import { nextWordBoundary, snapToWords } from './words.js';

/**
 * The selection being made, before it becomes a span. What it shows is what a label key stores: a plain
 * selection snaps to whole words (unless exact characters are on), a selection made with Alt (Alt+drag,
 * Shift+Alt+arrows) is exact. The raw range is kept, so toggling exact characters changes the preview.
 */
export class PendingSelection {
  /** Where the keyboard caret is, in code points. */
  caret = 0;
  private anchor: number | null = null;
  private raw: [number, number] | null = null;
  private exactGesture = false;

  constructor(private readonly chars: string[]) {}

  /** The range a label key would store now, or null when nothing is selected. */
  shown(exactMode: boolean): [number, number] | null {
    if (!this.raw) return null;
    const [start, end] = this.exactGesture || exactMode ? this.raw : snapToWords(this.chars, this.raw[0], this.raw[1]);
    return start < end ? [start, end] : null;
  }

  get active(): boolean { return this.raw !== null; }

  /** A selection made with the mouse; `exact` when Alt was held. */
  fromPointer(start: number, end: number, exact: boolean) {
    this.raw = [start, end];
    this.exactGesture = exact;
    this.anchor = null;
    this.caret = end;
  }

  /** Arrow keys: by word, or by character with Alt; Shift extends the selection (Alt makes it exact). */
  arrow(direction: 1 | -1, shift: boolean, alt: boolean) {
    const next = alt ? Math.min(this.chars.length, Math.max(0, this.caret + direction))
      : nextWordBoundary(this.chars, this.caret, direction > 0);
    if (!shift) {
      this.caret = next;
      this.clear();
      return;
    }
    if (this.anchor === null) {
      this.exactGesture = alt || (this.raw !== null && this.exactGesture);
      this.anchor = this.raw ? this.raw[0] : this.caret;
    } else if (alt) {
      this.exactGesture = true;
    }
    this.caret = next;
    this.raw = this.anchor === this.caret ? null : [Math.min(this.anchor, this.caret), Math.max(this.anchor, this.caret)];
  }

  clear() {
    this.raw = null;
    this.anchor = null;
    this.exactGesture = false;
  }
}
