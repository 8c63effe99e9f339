import type { LayerModel } from './model.js';

/** Chain edits as the moves of one 'move' operation (so each is one undo step). Empty: nothing to do. */
export type Moves = { span: number; chain: number | null }[];

/** Links source and target: the target's chain is joined, or two chains merge. */
export function linkMoves(model: LayerModel, sourceKey: number, targetKey: number): Moves {
  if (sourceKey === targetKey) return [];
  const cs = model.chainOf.get(sourceKey);
  const ct = model.chainOf.get(targetKey);
  if (cs !== undefined && cs === ct) return [];
  if (cs === undefined && ct === undefined) {
    const chain = model.newChainKey();
    return [{ span: sourceKey, chain }, { span: targetKey, chain }];
  }
  if (ct !== undefined && cs === undefined) return [{ span: sourceKey, chain: ct }];
  if (cs !== undefined && ct === undefined) return [{ span: targetKey, chain: cs }];
  return [...model.chainOf.entries()].filter(([, c]) => c === cs).map(([span]) => ({ span, chain: ct! }));
}

/** Takes one mention out of its chain. */
export function unlinkMoves(model: LayerModel, spanKey: number): Moves {
  return model.chainOf.has(spanKey) ? [{ span: spanKey, chain: null }] : [];
}

/** Splits a chain before the mention: it and the mentions after it (in text order) become a new chain. */
export function splitMoves(model: LayerModel, spanKey: number): Moves {
  const chain = model.chainOf.get(spanKey);
  if (chain === undefined) return [];
  const members = model.liveChains().find(c => c.chain.key === chain)!.members;
  const at = members.findIndex(m => m.key === spanKey);
  if (at <= 0) return [];
  const fresh = model.newChainKey();
  return members.slice(at).map(m => ({ span: m.key, chain: fresh }));
}
