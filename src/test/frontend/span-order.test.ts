import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { LayerModel, type ClientSpan, type EditOp } from '../../main/frontend/src/editor/model.js';
import { nestingDepths } from '../../main/frontend/src/editor/nesting.js';
import { compareSpans } from '../../main/frontend/src/editor/span-order.js';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): (n: number) => number {
  let x = seed;
  return n => { x = (x * 1103515245 + 12345) % 2147483648; return x % n; };
}

const key = (s: ClientSpan) => `${s.key}:${s.start}:${s.end}:${s.label}`;

test('the span list kept in order through edits equals a fresh sort; depths and changed spans agree', () => {
  const next = random(7);
  const model = new LayerModel({ documentId: 1, revision: 0, spans: [], chains: [] });
  model.spanList();
  model.takeChanged();
  let painted = new Map<number, string>(); // what a painter would show: range, label and depth per span
  for (let step = 0; step < 400; step++) {
    const live = [...model.spans.values()];
    const start = next(60);
    const end = start + 1 + next(12);
    const label = ['A', 'B'][next(2)];
    let op: EditOp;
    if (live.length === 0 || next(3) === 0) {
      op = { kind: 'create', span: model.newSpanKey(), start, end, label, chain: null };
    } else {
      const s = live[next(live.length)];
      op = next(2) === 0 ? { kind: 'delete', span: s.key } : { kind: 'update', span: s.key, start, end, label };
    }
    model.apply(op);

    const fresh = [...model.spans.values()].sort(compareSpans);
    assert.deepEqual(model.spanList().map(key), fresh.map(key), `step ${step}`);
    const depths = nestingDepths(fresh);
    for (const s of fresh) assert.equal(model.depthOf(s.key), depths.get(s.key), `depth of ${key(s)} at step ${step}`);

    // Repainting only the changed spans leaves the picture a full repaint would give.
    const changed = model.takeChanged()!;
    for (const k of changed) {
      const s = model.spans.get(k);
      if (s) painted.set(k, `${key(s)}:${model.depthOf(k)}`); else painted.delete(k);
    }
    const full = new Map(fresh.map(s => [s.key, `${key(s)}:${depths.get(s.key)}`]));
    assert.deepEqual(painted, full, `step ${step}`);
    painted = new Map(painted);
  }
});

test('a duplicate is found among spans that start at the same place', () => {
  const model = new LayerModel({ documentId: 1, revision: 0, spans: [
    { id: 1, start: 0, end: 9, label: 'A' }, { id: 2, start: 0, end: 4, label: 'B' }, { id: 3, start: 5, end: 9, label: 'A' }],
  chains: [] });
  assert.equal(model.hasDuplicate(0, 4, 'B'), true);
  assert.equal(model.hasDuplicate(0, 4, 'A'), false);
  assert.equal(model.hasDuplicate(5, 9, 'A'), true);
  const b = model.spanList().find(s => s.label === 'B')!;
  assert.equal(model.hasDuplicate(0, 4, 'B', b.key), false);
});
