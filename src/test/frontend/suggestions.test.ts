import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { SuggestionState, membersOf, stepTo, suggestionGroups, suggestionsAt, visibleSuggestions, type Suggestion } from
  '../../main/frontend/src/editor/suggestions.js';
import { codePoints } from '../../main/frontend/src/editor/words.js';

const text = 'اشتباكات بدرعا وفي درعا قال John إن درعا';
const chars = codePoints(text);
const at = (word: string, from = 0) => { const i = chars.join('').indexOf(word, from); return [i, i + codePoints(word).length] as const; };
const sug = (id: string, [start, end]: readonly [number, number], label = 'LOCATION'): Suggestion =>
  ({ id, start, end, label, score: 1, recommender: 'string' });

const inBdaraa = sug('a', [10, 14]);             // درعا inside بدرعا: the stem only
const second = sug('b', at('درعا', 15));
const john = sug('c', at('John'), 'PERSON');
const last = sug('d', at('درعا', 30));

test('the list shown is in reading order (offsets), whatever order the server sent, with a Latin name among Arabic', () => {
  const shown = visibleSuggestions([last, john, second, inBdaraa], [], new Set());
  assert.deepEqual(shown.map(s => s.id), ['a', 'b', 'c', 'd']);
  assert.equal(chars.slice(inBdaraa.start, inBdaraa.end).join(''), 'درعا');
});

test('a suggestion a span of the same label covers exactly is not shown; another label or a longer span leaves it', () => {
  const all = [inBdaraa, second, john];
  const spans = [{ start: second.start, end: second.end, label: 'LOCATION' }, { start: inBdaraa.start, end: inBdaraa.end, label: 'ORG' },
    { start: john.start - 1, end: john.end, label: 'PERSON' }];
  assert.deepEqual(visibleSuggestions(all, spans, new Set()).map(s => s.id), ['a', 'c']);
});

test('a suggestion rejected here goes at once, and a repeated id shows once', () => {
  assert.deepEqual(visibleSuggestions([second, inBdaraa, { ...second }], [], new Set(['a'])).map(s => s.id), ['b']);
});

test('next and previous go through the list in reading order and wrap around', () => {
  const list = visibleSuggestions([john, last, inBdaraa, second], [], new Set());
  assert.equal(stepTo(list, null, null, 1)?.id, 'a');
  assert.equal(stepTo(list, null, null, -1)?.id, 'd');
  assert.equal(stepTo(list, 'a', null, 1)?.id, 'b');
  assert.equal(stepTo(list, 'c', null, 1)?.id, 'd');
  assert.equal(stepTo(list, 'd', null, 1)?.id, 'a');
  assert.equal(stepTo(list, 'a', null, -1)?.id, 'd');
  assert.equal(stepTo(list, 'c', null, -1)?.id, 'b');
  assert.equal(stepTo([], null, 3, 1), null);
});

test('when the focused suggestion is gone (accepted, rejected), the keys go on from its place', () => {
  const list = visibleSuggestions([john, last, inBdaraa], [], new Set()); // b was accepted
  assert.equal(stepTo(list, 'b', second.start, 1)?.id, 'c');
  assert.equal(stepTo(list, 'b', second.start, -1)?.id, 'a');
  assert.equal(stepTo(list, null, last.end, 1)?.id, 'a'); // past the last one: wraps to the first
  assert.equal(stepTo(list, null, 0, -1)?.id, 'd');
});

test('the state focuses, rejects and goes on from where it was', () => {
  const state = new SuggestionState();
  state.set(JSON.stringify([last, second, inBdaraa, john]));
  let list = state.visible(() => [], 0);
  assert.deepEqual(state.step(list, 1, 0), { suggestion: list[0], index: 1 });
  assert.equal(state.step(list, 1, 0)?.suggestion.id, 'b');
  state.reject(state.focused(list)!);
  assert.equal(state.focusedId, null);
  list = state.visible(() => [], 0);
  assert.deepEqual(list.map(s => s.id), ['a', 'c', 'd']);
  assert.deepEqual(state.step(list, 1, 0), { suggestion: john, index: 2 });
  // The same spans and suggestions give the same list object: nothing is filtered again.
  assert.equal(state.visible(() => [], 0), list);
});

test('a click finds the shortest suggestion under it', () => {
  const outer = sug('o', [inBdaraa.start - 1, inBdaraa.end], 'ORG');
  assert.deepEqual(suggestionsAt([outer, inBdaraa], inBdaraa.start + 1).map(s => s.id), ['a', 'o']);
  assert.deepEqual(suggestionsAt([outer, inBdaraa], inBdaraa.end), []);
});

test('the side panel counts per label in the project order and per surface form; accept all takes each range once', () => {
  const list = visibleSuggestions([inBdaraa, second, last, john, sug('x', [inBdaraa.start, inBdaraa.end], 'ORG')], [], new Set());
  const groups = suggestionGroups(list, chars, ['PERSON', 'ORG', 'LOCATION']);
  assert.deepEqual(groups.byLabel.map(g => [g.label, g.count]), [['PERSON', 1], ['ORG', 1], ['LOCATION', 3]]);
  assert.deepEqual(groups.bySurface.map(g => [g.surface, g.label, g.count]),
    [['درعا', 'LOCATION', 3], ['John', 'PERSON', 1], ['درعا', 'ORG', 1]]);
  assert.deepEqual(membersOf(list, chars, { label: 'LOCATION', surface: 'درعا' }).map(s => s.id), ['a', 'b', 'd']);
  assert.deepEqual(membersOf(list, chars, { label: 'PERSON', surface: null }).map(s => s.id), ['c']);
  const twice = [inBdaraa, { ...inBdaraa, id: 'a2' }];
  assert.deepEqual(membersOf(twice, chars, { label: 'LOCATION', surface: null }).map(s => s.id), ['a']);
});
