/**
 * The annotator's layer as the editor holds it. Spans and chains have client keys that never change;
 * their server ids arrive with the server's answer. Every change is an EditOp with an exact inverse,
 * which is how undo and redo work (a deleted span comes back under its old id).
 */
import { compareSpans, depthAt, firstFrom, insertSorted, keysWithin, removeSorted } from './span-order.js';

export interface SpanData { id: number; start: number; end: number; label: string; }
export interface ChainData { id: number; spanIds: number[]; }
export interface LayerData { documentId: number; revision: number; spans: SpanData[]; chains: ChainData[]; }

export interface ClientSpan { key: number; id: number | null; start: number; end: number; label: string; }
export interface ClientChain { key: number; id: number | null; }

export type EditOp =
  | { kind: 'create'; span: number; start: number; end: number; label: string; chain: number | null }
  | { kind: 'update'; span: number; start: number; end: number; label: string }
  | { kind: 'delete'; span: number }
  | { kind: 'move'; moves: { span: number; chain: number | null }[] };

export class LayerModel {
  readonly spans = new Map<number, ClientSpan>();
  /** Chains that exist or existed (an undo may bring one back); membership lives in `chainOf`. */
  readonly chains = new Map<number, ClientChain>();
  readonly chainOf = new Map<number, number>();
  private nextKey = 1;

  constructor(layer: LayerData) {
    const spanKeyById = new Map<number, number>();
    for (const s of layer.spans) {
      const key = this.nextKey++;
      this.spans.set(key, { key, id: s.id, start: s.start, end: s.end, label: s.label });
      spanKeyById.set(s.id, key);
    }
    for (const c of layer.chains) {
      const key = this.nextKey++;
      this.chains.set(key, { key, id: c.id });
      for (const spanId of c.spanIds) {
        const spanKey = spanKeyById.get(spanId);
        if (spanKey !== undefined) this.chainOf.set(spanKey, key);
      }
    }
  }

  /** The longest span's length so far (never shrinks): how far back a span containing another can start. */
  private maxLength = 0;
  /** Spans whose painting may have changed since the painter last asked; null: all of them. */
  private changed: Set<number> | null = null;

  newSpanKey(): number { return this.nextKey++; }
  newChainKey(): number {
    const key = this.nextKey++;
    this.chains.set(key, { key, id: null });
    return key;
  }

  /** Spans in text order (outer before inner). Kept until the next change: callers must not modify it. */
  spanList(): ClientSpan[] {
    if (this.sortedSpans === null) {
      this.sortedSpans = [...this.spans.values()].sort(compareSpans);
      for (const s of this.sortedSpans) this.maxLength = Math.max(this.maxLength, s.end - s.start);
    }
    return this.sortedSpans;
  }

  /** How deep a span is nested (see nestingDepths), from its neighbours in text order alone. */
  depthOf(key: number): number {
    const span = this.spans.get(key);
    if (!span) return 0;
    const list = this.spanList();
    let i = firstFrom(list, span.start);
    while (list[i].key !== key) i++;
    return depthAt(list, i, this.maxLength);
  }

  /** The spans to paint again since the last call (null: every span), and starts afresh. */
  takeChanged(): Set<number> | null {
    const changed = this.changed;
    this.changed = new Set();
    return changed;
  }

  /** A span over [start, end) appeared or went: it and every span inside it may be painted differently. */
  private touch(start: number, end: number, key: number) {
    if (this.changed === null) return;
    this.changed.add(key);
    if (this.sortedSpans === null) { this.changed = null; return; }
    for (const k of keysWithin(this.sortedSpans, start, end)) this.changed.add(k);
  }

  /** Chains that have mentions now, each with its mentions in text order. Kept until the next change. */
  liveChains(): { chain: ClientChain; members: ClientSpan[] }[] {
    this.chainList ??= this.collectChains();
    return this.chainList;
  }

  private sortedSpans: ClientSpan[] | null = null;
  private chainList: { chain: ClientChain; members: ClientSpan[] }[] | null = null;

  private collectChains(): { chain: ClientChain; members: ClientSpan[] }[] {
    const byChain = new Map<number, ClientSpan[]>();
    for (const span of this.spanList()) {
      const c = this.chainOf.get(span.key);
      if (c !== undefined) {
        if (!byChain.has(c)) byChain.set(c, []);
        byChain.get(c)!.push(span);
      }
    }
    return [...byChain.entries()]
      .map(([key, members]) => ({ chain: this.chains.get(key)!, members }))
      .sort((a, b) => a.members[0].start - b.members[0].start);
  }

  hasDuplicate(start: number, end: number, label: string, except?: number): boolean {
    const list = this.spanList();
    for (let i = firstFrom(list, start); i < list.length && list[i].start === start; i++) {
      const s = list[i];
      if (s.key !== except && s.end === end && s.label === label) return true;
    }
    return false;
  }

  /** Applies an op locally and returns its inverse. The ordered span list and the chain list follow the change
   *  in place; the chain list is rebuilt only when a chain's mentions changed. */
  apply(op: EditOp): EditOp {
    const sorted = this.sortedSpans;
    switch (op.kind) {
      case 'create': {
        const span: ClientSpan = {
          key: op.span, id: this.spans.get(op.span)?.id ?? this.deletedIds.get(op.span) ?? null,
          start: op.start, end: op.end, label: op.label,
        };
        this.spans.set(op.span, span);
        if (sorted) insertSorted(sorted, span);
        this.maxLength = Math.max(this.maxLength, op.end - op.start);
        if (op.chain !== null) {
          this.chainOf.set(op.span, op.chain);
          this.chainList = null;
        }
        this.touch(op.start, op.end, op.span);
        return { kind: 'delete', span: op.span };
      }
      case 'update': {
        const s = this.spans.get(op.span)!;
        const inverse: EditOp = { kind: 'update', span: op.span, start: s.start, end: s.end, label: s.label };
        this.touch(s.start, s.end, s.key);
        if (sorted) removeSorted(sorted, s.key, s);
        s.start = op.start; s.end = op.end; s.label = op.label;
        if (sorted) insertSorted(sorted, s);
        this.maxLength = Math.max(this.maxLength, op.end - op.start);
        if (this.chainOf.has(op.span)) this.chainList = null;
        this.touch(s.start, s.end, s.key);
        return inverse;
      }
      case 'delete': {
        const s = this.spans.get(op.span)!;
        const chain = this.chainOf.get(op.span) ?? null;
        this.touch(s.start, s.end, s.key);
        if (sorted) removeSorted(sorted, s.key, s);
        this.spans.delete(op.span);
        this.chainOf.delete(op.span);
        if (chain !== null) this.chainList = null;
        if (s.id !== null) this.deletedIds.set(op.span, s.id);
        return { kind: 'create', span: op.span, start: s.start, end: s.end, label: s.label, chain };
      }
      case 'move': {
        const inverse = op.moves.map(m => ({ span: m.span, chain: this.chainOf.get(m.span) ?? null }));
        for (const m of op.moves) {
          if (m.chain === null) this.chainOf.delete(m.span);
          else this.chainOf.set(m.span, m.chain);
          this.changed?.add(m.span);
        }
        this.chainList = null;
        return { kind: 'move', moves: inverse };
      }
    }
  }

  /** Server ids of spans that were deleted here, so re-creating one restores the same id. */
  private readonly deletedIds = new Map<number, number>();

  /** Whether the op can be sent now: every span it names has a server id (or is being created). */
  toServerOp(op: EditOp): { body: Record<string, unknown>; newChain: number | null } {
    const id = (key: number) => {
      const span = this.spans.get(key);
      const value = span?.id ?? this.deletedIds.get(key);
      if (value === undefined || value === null) throw new Error(`span ${key} has no id yet`);
      return value;
    };
    switch (op.kind) {
      case 'create': {
        const known = this.spans.get(op.span)?.id ?? this.deletedIds.get(op.span) ?? null;
        if (known === null) {
          return { body: { type: 'create_span', start: op.start, end: op.end, label: op.label }, newChain: null };
        }
        const chainId = op.chain === null ? null : this.chains.get(op.chain)!.id;
        return { body: { type: 'restore_span', id: known, start: op.start, end: op.end, label: op.label, chainId }, newChain: null };
      }
      case 'update':
        return { body: { type: 'update_span', id: id(op.span), start: op.start, end: op.end, label: op.label }, newChain: null };
      case 'delete':
        return { body: { type: 'delete_span', id: id(op.span) }, newChain: null };
      case 'move': {
        let newChain: number | null = null;
        const moves = op.moves.map(m => {
          if (m.chain === null) return { spanId: id(m.span), chainId: null };
          const chain = this.chains.get(m.chain)!;
          if (chain.id === null) {
            newChain = m.chain;
            return { spanId: id(m.span), chainId: -1 };
          }
          return { spanId: id(m.span), chainId: chain.id };
        });
        return { body: { type: 'move_mentions', moves }, newChain };
      }
    }
  }

  /** Records the ids the server gave to what an op created. */
  acknowledge(op: EditOp, spanId: number | null, chainId: number | null, newChain: number | null) {
    if (op.kind === 'create' && spanId !== null) {
      const span = this.spans.get(op.span);
      if (span) span.id = spanId;
      else this.deletedIds.set(op.span, spanId);
    }
    if (newChain !== null && chainId !== null) {
      this.chains.get(newChain)!.id = chainId; // its colour comes from its id now: repaint its mentions
      for (const [span, chain] of this.chainOf) if (chain === newChain) this.changed?.add(span);
    }
  }
}
