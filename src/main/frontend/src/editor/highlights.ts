import type { ClientSpan } from './model.js';
import type { Offsets } from './offsets.js';

/**
 * Paints spans with the CSS Custom Highlight API: ranges over the one text node, so the DOM is never
 * split and Arabic letters keep joining across span boundaries (ب|درعا). Overlapping highlights blend,
 * which keeps nested spans visible.
 */
export const CHAIN_COLOURS = ['#d62828', '#1d4ed8', '#15803d', '#9333ea', '#c2410c', '#0e7490', '#be185d', '#4d7c0f'];

export function highlightName(label: string): string {
  return `tw-l-${label}`;
}

export class Painter {
  constructor(private readonly node: Text, private readonly offsets: Offsets) {}

  range(start: number, end: number): Range {
    const r = new Range();
    r.setStart(this.node, this.offsets.toUnit(start));
    r.setEnd(this.node, this.offsets.toUnit(end));
    return r;
  }

  paint(labels: string[], spans: ClientSpan[], chainIndexOf: (span: ClientSpan) => number | null,
        selected: ClientSpan | null, pending: [number, number] | null, linkSource: ClientSpan | null) {
    const registry = CSS.highlights;
    const byLabel = new Map<string, Highlight>(labels.map(l => [l, new Highlight()]));
    const byChain = CHAIN_COLOURS.map(() => new Highlight());
    for (const span of spans) {
      const range = this.range(span.start, span.end);
      byLabel.get(span.label)?.add(range);
      const chain = chainIndexOf(span);
      if (chain !== null) byChain[chain % CHAIN_COLOURS.length].add(range);
    }
    for (const label of labels) registry.set(highlightName(label), byLabel.get(label)!);
    byChain.forEach((h, i) => registry.set(`tw-chain-${i}`, h));
    registry.set('tw-selected', selected ? new Highlight(this.range(selected.start, selected.end)) : new Highlight());
    registry.set('tw-link', linkSource ? new Highlight(this.range(linkSource.start, linkSource.end)) : new Highlight());
    registry.set('tw-pending', pending && pending[0] < pending[1] ? new Highlight(this.range(pending[0], pending[1])) : new Highlight());
    const sel = registry.get('tw-selected')!;
    sel.priority = 10;
    registry.get('tw-pending')!.priority = 11;
  }

  static styles(labels: { name: string; colour: string }[]): string {
    const labelRules = labels.map(l => `::highlight(${highlightName(l.name)}) { background-color: ${l.colour}66; }`);
    const chainRules = CHAIN_COLOURS.map((c, i) =>
      `::highlight(tw-chain-${i}) { text-decoration: underline 3px ${c}; text-underline-offset: 0.45em; }`);
    return [
      ...labelRules, ...chainRules,
      '::highlight(tw-selected) { background-color: #11182740; text-decoration: underline double 2px #111827; }',
      '::highlight(tw-link) { background-color: #fde04799; }',
      '::highlight(tw-pending) { background-color: #60a5fa80; }',
    ].join('\n');
  }
}
