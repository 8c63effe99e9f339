import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { History } from '../../main/frontend/src/editor/history.js';
import { LayerModel, type EditOp } from '../../main/frontend/src/editor/model.js';
import { linkMoves, splitMoves, unlinkMoves } from '../../main/frontend/src/editor/chain-edits.js';

const layer = () => new LayerModel({ documentId: 1, revision: 0, spans: [
  { id: 10, start: 0, end: 4, label: 'PERSON' }, { id: 11, start: 9, end: 13, label: 'PERSON' }], chains: [] });

test('undo applies the exact inverse and redo the op again; both are saved', () => {
  const model = layer();
  const saved: EditOp[] = [];
  const history = new History(model, op => saved.push(op));
  history.commit({ kind: 'delete', span: 1 });
  assert.equal(model.spans.has(1), false);
  history.undo();
  assert.deepEqual(model.spans.get(1), { key: 1, id: 10, start: 0, end: 4, label: 'PERSON' });
  history.redo();
  assert.equal(model.spans.has(1), false);
  assert.deepEqual(saved.map(op => op.kind), ['delete', 'create', 'delete']);
  assert.equal(history.canRedo, false);
  assert.equal(history.undo()?.kind, 'create');
  assert.equal(history.undo(), null);
});

test('linking two unchained spans makes a chain; a new change clears redo', () => {
  const model = layer();
  const history = new History(model, () => {});
  history.commit({ kind: 'move', moves: linkMoves(model, 1, 2) });
  assert.equal(model.liveChains().length, 1);
  assert.deepEqual(linkMoves(model, 1, 2), []);
  history.undo();
  assert.equal(model.liveChains().length, 0);
  history.commit({ kind: 'update', span: 1, start: 0, end: 3, label: 'PERSON' });
  assert.equal(history.canRedo, false);
});

test('split before a mention makes a new chain of it and the mentions after it; unlink takes one out', () => {
  const model = new LayerModel({ documentId: 1, revision: 0, spans: [
    { id: 10, start: 0, end: 4, label: 'PERSON' }, { id: 11, start: 9, end: 13, label: 'PERSON' },
    { id: 12, start: 20, end: 24, label: 'PERSON' }], chains: [{ id: 5, spanIds: [10, 11, 12] }] });
  const history = new History(model, () => {});
  assert.deepEqual(splitMoves(model, 1), []); // before the first mention there is nothing to split off
  history.commit({ kind: 'move', moves: splitMoves(model, 2) });
  assert.deepEqual(model.liveChains().map(c => c.members.map(m => m.start)), [[0], [9, 20]]);
  history.commit({ kind: 'move', moves: unlinkMoves(model, 3) });
  assert.deepEqual(model.liveChains().map(c => c.members.map(m => m.start)), [[0], [9]]);
  assert.deepEqual(unlinkMoves(model, 3), []);
  history.undo();
  history.undo();
  assert.deepEqual(model.liveChains().map(c => c.members.map(m => m.start)), [[0, 9, 20]]);
});

test('a batch (accept all suggestions of a label) is one undo step and one redo step; each op is saved', () => {
  const model = layer();
  const saved: EditOp[] = [];
  const history = new History(model, op => saved.push(op));
  history.commit({ kind: 'delete', span: 1 });
  history.commitAll([
    { kind: 'create', span: 50, start: 20, end: 24, label: 'LOCATION', chain: null },
    { kind: 'create', span: 51, start: 30, end: 34, label: 'LOCATION', chain: null }]);
  assert.deepEqual([...model.spans.keys()].sort(), [2, 50, 51]);
  assert.equal(history.undo()?.kind, 'delete');
  assert.deepEqual([...model.spans.keys()].sort(), [2]);
  assert.deepEqual(saved.slice(3).map(op => op.kind === 'delete' ? op.span : null), [51, 50]); // taken back last first
  history.redo();
  assert.deepEqual([...model.spans.keys()].sort(), [2, 50, 51]);
  history.undo();
  history.undo(); // the step before the batch
  assert.deepEqual([...model.spans.keys()].sort(), [1, 2]);
  assert.equal(history.canUndo, false);
  history.commitAll([]);
  assert.equal(history.canUndo, false);
});
