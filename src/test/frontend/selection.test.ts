import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { PendingSelection } from '../../main/frontend/src/editor/selection.js';
import { codePoints } from '../../main/frontend/src/editor/words.js';

const chars = codePoints('في مدينة جاسم بدرعا');
const b = chars.indexOf('ب');

test('a plain drag shows whole words while exact characters are off, the drag itself when on', () => {
  const s = new PendingSelection(chars);
  s.fromPointer(4, 11, false);
  assert.deepEqual(s.shown(false), [3, 13]);
  assert.deepEqual(s.shown(true), [4, 11]);
});

test('an Alt drag is exact whatever exact characters say', () => {
  const s = new PendingSelection(chars);
  s.fromPointer(b + 1, b + 5, true);
  assert.deepEqual(s.shown(false), [b + 1, b + 5]);
});

test('Shift+Alt+arrows select exactly, character by character', () => {
  const s = new PendingSelection(chars);
  s.caret = b + 1;
  for (let i = 0; i < 4; i++) s.arrow(1, true, true);
  assert.deepEqual(s.shown(false), [b + 1, b + 5]);
});

test('Shift+arrows select by word and show the word without the space after it', () => {
  const s = new PendingSelection(chars);
  s.caret = 3;
  s.arrow(1, true, false);
  assert.deepEqual(s.shown(false), [3, 8]);
});

test('a plain arrow moves the caret and drops the selection', () => {
  const s = new PendingSelection(chars);
  s.fromPointer(3, 8, false);
  s.arrow(1, false, false);
  assert.equal(s.shown(false), null);
  assert.equal(s.caret, 9); // the start of the next word
});
