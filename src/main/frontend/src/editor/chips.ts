import type { ClientSpan } from './model.js';
import type { Paragraphs } from './paragraphs.js';
import type { Suggestion } from './suggestions.js';

/**
 * Label chips over the text: one small absolutely positioned element at the start of each span on screen,
 * placed from Range.getClientRects(). They sit in a layer of their own inside the text box and carry their
 * label in CSS generated content, so the text nodes are never split (Arabic keeps joining) and the text,
 * its selection and copy stay exactly the stored text.
 */
export class LabelChips {
  private readonly layer = document.createElement('div');
  private frame = 0;

  constructor(private readonly paragraphs: Paragraphs, private readonly rtl: boolean,
              private readonly range: (start: number, end: number) => Range,
              private readonly toCodePoint: (unit: number) => number) {
    this.layer.className = 'tw-chips';
    this.layer.setAttribute('aria-hidden', 'true');
  }

  /** Shows chips for the spans (and suggestions, marked as such) on screen, after the next layout; call again
   *  when they or the view change. */
  show(spans: readonly ClientSpan[], suggestions: readonly Suggestion[] = []) {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.place(spans, suggestions));
  }

  hide() {
    cancelAnimationFrame(this.frame);
    this.layer.replaceChildren();
    this.layer.remove();
  }

  private place(spans: readonly ClientSpan[], suggestions: readonly Suggestion[]) {
    const box = this.paragraphs.container;
    if (this.layer.parentNode !== box) box.appendChild(this.layer);
    const [from, to] = this.visibleUnits(box.getBoundingClientRect());
    const first = this.toCodePoint(from);
    const last = this.toCodePoint(to);
    const chips = [...this.chipsFor(spans, first, last, box), ...this.chipsFor(suggestions, first, last, box)];
    this.layer.replaceChildren(...chips);
    unstack(chips);
  }

  /** Chips for the items (in text order) that start before `last` and end after `first`. */
  private chipsFor(items: readonly (ClientSpan | Suggestion)[], first: number, last: number, box: HTMLElement): HTMLElement[] {
    const outer = box.getBoundingClientRect();
    const chips: HTMLElement[] = [];
    for (const span of items) {
      if (span.start >= last) break;
      if (span.end <= first) continue;
      const rect = this.range(span.start, span.end).getClientRects()[0];
      if (!rect) continue;
      const x = (this.rtl ? rect.right : rect.left) - outer.left - box.clientLeft + box.scrollLeft;
      const y = rect.top - outer.top - box.clientTop + box.scrollTop;
      const chip = document.createElement('span');
      chip.className = 'tw-chip';
      chip.dataset.label = span.label;
      if ('key' in span) {
        chip.dataset.span = String(span.key);
      } else {
        chip.classList.add('tw-chip-suggested');
        chip.dataset.suggestion = span.id;
      }
      chip.style.setProperty('--tw-chip-x', `${x}px`);
      chip.style.setProperty('--tw-chip-y', `${y}px`);
      chip.style.setProperty('--tw-chip-stack', '0');
      chips.push(chip);
    }
    return chips;
  }

  /** The text (UTF-16 units) of the paragraphs that intersect the box: a binary search over their blocks. */
  private visibleUnits(view: DOMRect): [number, number] {
    const nodes = this.paragraphs.nodes;
    const block = (i: number) => (nodes[i].parentNode as HTMLElement).getBoundingClientRect();
    let lo = 0;
    let hi = nodes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (block(mid).bottom < view.top) lo = mid + 1; else hi = mid;
    }
    let end = lo;
    while (end + 1 < nodes.length && block(end + 1).top <= view.bottom) end++;
    return [this.paragraphs.startOf(lo), this.paragraphs.startOf(end) + nodes[end].data.length];
  }
}

/** A chip that would cover one placed before it (nested spans starting close together) moves up a level. */
function unstack(chips: HTMLElement[]) {
  const placed: DOMRect[] = [];
  for (const chip of chips) {
    let rect = chip.getBoundingClientRect();
    for (let level = 1; level < 6 && placed.some(p => overlap(p, rect)); level++) {
      chip.style.setProperty('--tw-chip-stack', String(level));
      rect = chip.getBoundingClientRect();
    }
    placed.push(rect);
  }
}

function overlap(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
