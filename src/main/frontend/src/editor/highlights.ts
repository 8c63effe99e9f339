import type { ClientSpan } from './model.js';

/**
 * Paints spans with the CSS Custom Highlight API: ranges over the text nodes, so the DOM is never
 * split and Arabic letters keep joining across span boundaries (ب|درعا). Overlapping highlights blend,
 * which keeps nested spans visible. Painting is incremental: after an edit only the spans it touched (the
 * span and those inside it, whose nesting depth may change) get new ranges, so an edit costs the same in a
 * document with 20,000 spans as in one with 20.
 */
export const CHAIN_COLOURS = ['#d62828', '#1d4ed8', '#15803d', '#9333ea', '#c2410c', '#0e7490', '#be185d', '#4d7c0f'];

/** A chain's colour comes from its stored id, so it is the same after a reload and in every tab. A chain
 *  not yet saved uses its client key until the server's id arrives. */
export function chainColourIndex(chain: { key: number; id: number | null }): number {
  return (chain.id ?? chain.key) % CHAIN_COLOURS.length;
}

/** Nesting depths that get a shade of their own; deeper spans share the last one. */
export const MAX_DEPTH = 12;

/** Highlight names are global to the page: each editor prefixes its own, so two can sit side by side. */
let instances = 0;
export function newHighlightPrefix(): string {
  return `tw${++instances}`;
}

interface Painted { start: number; end: number; label: string; chain: number | null; depth: number; range: Range; }

export class Painter {
  private readonly painted = new Map<number, Painted>();
  private readonly byLabel = new Map<string, Highlight>();
  private readonly byChain = CHAIN_COLOURS.map(() => new Highlight());
  private readonly byDepth = Array.from({ length: MAX_DEPTH + 1 }, () => new Highlight());
  private readonly selected = new Highlight();
  private readonly link = new Highlight();
  private readonly pending = new Highlight();
  private readonly marked = new Highlight();
  private readonly focused = new Highlight();

  /** `range` gives the DOM range of code points [start, end). */
  constructor(readonly range: (start: number, end: number) => Range, labels: string[], prefix: string) {
    const registry = CSS.highlights;
    for (const label of labels) {
      this.byLabel.set(label, new Highlight());
      registry.set(`${prefix}-l-${label}`, this.byLabel.get(label)!);
    }
    this.byChain.forEach((h, i) => registry.set(`${prefix}-chain-${i}`, h));
    this.byDepth.forEach((h, i) => { if (i > 0) registry.set(`${prefix}-depth-${i}`, h); });
    this.selected.priority = 10;
    this.pending.priority = 11;
    this.marked.priority = 12;
    this.focused.priority = 13;
    registry.set(`${prefix}-selected`, this.selected);
    registry.set(`${prefix}-link`, this.link);
    registry.set(`${prefix}-pending`, this.pending);
    registry.set(`${prefix}-marked`, this.marked);
    registry.set(`${prefix}-focused`, this.focused);
  }

  /** The one range being looked at (e.g. the difference clicked in a side-by-side review), or none. */
  focus(range: [number, number] | null) {
    this.focused.clear();
    if (range) this.focused.add(this.range(range[0], range[1]));
  }

  /** Ranges to point out (e.g. disagreements in a side-by-side review). */
  mark(ranges: [number, number][]) {
    this.marked.clear();
    for (const [start, end] of ranges) this.marked.add(this.range(start, end));
  }

  /** Paints every span (and erases spans that are gone); the first paint and after a reload. */
  paint(spans: Iterable<ClientSpan>, chainIndexOf: (span: ClientSpan) => number | null, depthOf: (span: ClientSpan) => number,
        selected: ClientSpan | null, pending: [number, number] | null, linkSource: ClientSpan | null) {
    const seen = new Set<number>();
    for (const span of spans) {
      seen.add(span.key);
      this.place(span, chainIndexOf(span), depthOf(span));
    }
    for (const [key, old] of this.painted) {
      if (!seen.has(key)) {
        this.erase(old);
        this.painted.delete(key);
      }
    }
    this.showSelection(selected, pending, linkSource);
  }

  /** Paints again only the given spans (`spanOf` gives null for one that is gone): the cost of an edit does
   *  not grow with the document. */
  update(keys: Iterable<number>, spanOf: (key: number) => ClientSpan | null, chainIndexOf: (span: ClientSpan) => number | null,
         depthOf: (span: ClientSpan) => number, selected: ClientSpan | null, pending: [number, number] | null,
         linkSource: ClientSpan | null) {
    for (const key of keys) {
      const span = spanOf(key);
      if (span) {
        this.place(span, chainIndexOf(span), depthOf(span));
      } else {
        const old = this.painted.get(key);
        if (old) this.erase(old);
        this.painted.delete(key);
      }
    }
    this.showSelection(selected, pending, linkSource);
  }

  private place(span: ClientSpan, chain: number | null, nesting: number) {
    const depth = Math.min(nesting, MAX_DEPTH);
    const old = this.painted.get(span.key);
    if (old && old.start === span.start && old.end === span.end && old.label === span.label && old.chain === chain
        && old.depth === depth) return;
    if (old) this.erase(old);
    const entry = { start: span.start, end: span.end, label: span.label, chain, depth, range: this.range(span.start, span.end) };
    this.byLabel.get(entry.label)?.add(entry.range);
    if (chain !== null) this.byChain[chain % CHAIN_COLOURS.length].add(entry.range);
    if (depth > 0) this.byDepth[depth].add(entry.range);
    this.painted.set(span.key, entry);
  }

  private showSelection(selected: ClientSpan | null, pending: [number, number] | null, linkSource: ClientSpan | null) {
    this.show(this.selected, selected ? [selected.start, selected.end] : null);
    this.show(this.link, linkSource ? [linkSource.start, linkSource.end] : null);
    this.show(this.pending, pending);
  }

  private erase(old: Painted) {
    this.byLabel.get(old.label)?.delete(old.range);
    if (old.chain !== null) this.byChain[old.chain % CHAIN_COLOURS.length].delete(old.range);
    if (old.depth > 0) this.byDepth[old.depth].delete(old.range);
  }

  private show(highlight: Highlight, range: [number, number] | null) {
    highlight.clear();
    if (range && range[0] < range[1]) highlight.add(this.range(range[0], range[1]));
  }

  static styles(prefix: string, labels: { name: string; colour: string }[]): string {
    const labelRules = labels.map(l => `::highlight(${prefix}-l-${l.name}) { background-color: ${l.colour}66; }`);
    const chainRules = CHAIN_COLOURS.map((c, i) =>
      `::highlight(${prefix}-chain-${i}) { text-decoration: underline 3px ${c}; text-underline-offset: 0.45em; }`);
    // Each depth darkens what is under it once more: a span at depth n shows n shades over its ancestors'.
    const depthRules = Array.from({ length: MAX_DEPTH }, (_, i) =>
      `::highlight(${prefix}-depth-${i + 1}) { background-color: #0f172a26; }`);
    return [
      ...labelRules, ...chainRules, ...depthRules,
      `::highlight(${prefix}-selected) { background-color: #11182740; text-decoration: underline double 2px #111827; }`,
      `::highlight(${prefix}-link) { background-color: #fde04799; }`,
      `::highlight(${prefix}-pending) { background-color: #60a5fa80; }`,
      `::highlight(${prefix}-marked) { text-decoration: underline wavy 2px #dc2626; text-underline-offset: 0.3em; }`,
      `::highlight(${prefix}-focused) { background-color: #facc15b3; }`,
    ].join('\n');
  }
}
