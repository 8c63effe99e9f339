import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { History } from '../../main/frontend/src/editor/history.js';
import { LayerModel, type EditOp } from '../../main/frontend/src/editor/model.js';
import { SuggestionControl, type SuggestionHost } from '../../main/frontend/src/editor/suggestion-control.js';
import type { Suggestion } from '../../main/frontend/src/editor/suggestions.js';
import { codePoints } from '../../main/frontend/src/editor/words.js';

const text = 'اشتباكات بدرعا وفي درعا قال John إن درعا';
const chars = codePoints(text);
const sug = (start: number, end: number, label = 'LOCATION'): Suggestion =>
  ({ id: `string:${start}:${end}:${label}`, start, end, label, score: 1, recommender: 'string' });
const bdaraa = sug(10, 14);
const second = sug(19, 23);
const john = sug(28, 32, 'PERSON');

/** An editor as the suggestions see it: a real layer and undo history, and a log of what the page is told. */
function editor(done = false) {
  const model = new LayerModel({ documentId: 1, revision: 0, spans: [], chains: [] });
  const sent: EditOp[] = [];
  const history = new History(model, op => sent.push(op));
  const events: { name: string; detail: unknown }[] = [];
  const host = {
    readonly: false, done, model, version: 0, chars, caret: 0 as number | null, labelOrder: ['PERSON', 'LOCATION'],
    selected: null as number | null, announced: '', notice: '', steps: 0,
    labelName: (label: string) => label.toLowerCase(),
    t: (key: string, ...args: (string | number)[]) => [key, ...args].join(' '),
    count: (key: string, n: number) => `${key} ${n}`,
    refusedWhenDone: () => done,
    commit(op: EditOp) { history.commit(op); this.version++; this.steps++; },
    commitAll(ops: EditOp[]) { history.commitAll(ops); this.version++; this.steps++; },
    select(key: number | null) { this.selected = key; },
    clearSelection() {},
    scrollTo() {},
    announce(t: string) { this.announced = t; },
    notify(t: string) { this.notice = t; },
    requestUpdate() {},
    dispatch(name: string, detail?: unknown) { events.push({ name, detail }); },
  };
  const control = new SuggestionControl(host satisfies SuggestionHost);
  control.set(JSON.stringify([john, second, bdaraa]));
  return { model, sent, history, events, host, control };
}

test('Enter on the focused suggestion makes one create operation of its place and label, selected, one undo step', () => {
  const e = editor();
  e.control.step(1);
  assert.equal(e.control.focused()?.id, bdaraa.id);
  assert.equal(e.host.announced, 'editor.suggestion.focused 1 3 location درعا');
  e.control.accept(e.control.focused()!);
  assert.deepEqual(e.sent.map(op => op.kind === 'create' && [op.start, op.end, op.label]), [[10, 14, 'LOCATION']]);
  assert.equal(e.host.selected, (e.sent[0] as { span: number }).span);
  assert.deepEqual(e.control.shown().map(s => s.id), [second.id, john.id], 'the accepted one is a span now');
  assert.equal(e.control.focused(), null);
  e.history.undo();
  e.host.version++;
  assert.deepEqual(e.control.shown().map(s => s.id), [bdaraa.id, second.id, john.id]);
});

test('the page hears which suggestions were accepted only once their spans are acknowledged, once each', () => {
  const e = editor();
  e.control.accept(second);
  e.history.commit({ kind: 'create', span: e.model.newSpanKey(), start: 0, end: 8, label: 'PERSON', chain: null }); // by hand
  e.control.saved();
  assert.deepEqual(e.events, [], 'nothing acknowledged yet');
  e.sent.forEach(op => e.control.acknowledged(op));
  e.control.saved();
  e.control.saved();
  assert.deepEqual(e.events, [{ name: 'tw-suggestion-accepted', detail: { ids: [second.id] } }]);
});

test('accept all of a label: one undo step, each place once, none the annotator already has; every id told once saved', () => {
  const e = editor();
  e.control.set(JSON.stringify([john, second, bdaraa, sug(10, 14, 'PERSON')]));
  e.host.commit({ kind: 'create', span: e.model.newSpanKey(), start: 10, end: 14, label: 'LOCATION', chain: null });
  e.sent.length = 0;
  e.control.acceptAll({ label: 'LOCATION', surface: null, count: 2 });
  assert.deepEqual(e.sent.map(op => op.kind === 'create' && [op.start, op.end, op.label]), [[19, 23, 'LOCATION']]);
  assert.equal(e.host.notice, 'editor.suggestions.accepted-all 1');
  assert.equal(e.host.steps, 2);
  e.sent.forEach(op => e.control.acknowledged(op));
  e.control.saved();
  assert.deepEqual(e.events, [{ name: 'tw-suggestion-accepted', detail: { ids: [second.id] } }]);
});

test('on a done document nothing is accepted or rejected, and nothing is told', () => {
  const e = editor(true);
  e.control.accept(second);
  e.control.acceptAll({ label: 'LOCATION', surface: null, count: 2 });
  e.control.reject(second);
  assert.deepEqual(e.sent, []);
  assert.deepEqual(e.events, []);
  assert.equal(e.control.shown().length, 3);
});

test('rejecting hides the suggestion and tells the page its id; other keys leave the focus, arrows its place too', () => {
  const e = editor();
  e.control.step(1);
  e.control.step(1);
  e.control.reject(e.control.focused()!);
  assert.deepEqual(e.events, [{ name: 'tw-suggestion-reject', detail: { id: second.id } }]);
  assert.deepEqual(e.control.shown().map(s => s.id), [bdaraa.id, john.id]);
  e.control.step(1);
  assert.equal(e.control.focused()?.id, john.id, 'the keys go on from the rejected one');
  e.control.keyPressed('chips');
  assert.equal(e.control.focused()?.id, john.id);
  e.control.keyPressed('label');
  assert.equal(e.control.focused(), null);
  e.control.keyPressed('arrow');
  e.host.caret = 0;
  e.control.step(-1);
  assert.equal(e.control.focused()?.id, john.id, 'from the caret at the start, back wraps to the last');
  assert.equal(e.control.at(12)?.id, bdaraa.id);
});

test('with no suggestion the keys say so', () => {
  const e = editor();
  e.control.set('[]');
  e.control.step(1);
  assert.equal(e.host.announced, 'editor.suggestion.none');
  assert.equal(e.control.panel(a => a()).total, 0);
});
