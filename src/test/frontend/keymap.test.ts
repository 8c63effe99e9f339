import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { actionFor, type KeyPress } from '../../main/frontend/src/editor/keymap.js';

const key = (k: string, mods: Partial<KeyPress> = {}): KeyPress =>
  ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
const labels = (k: string) => (k === '1' ? 'PERSON' : k === 's' ? 'SOURCE' : null);

test('ArrowLeft is forward in right-to-left text, ArrowRight in left-to-right text', () => {
  assert.deepEqual(actionFor(key('ArrowLeft', { shiftKey: true, altKey: true }), true, labels),
    { kind: 'arrow', direction: 1, shift: true, alt: true });
  assert.deepEqual(actionFor(key('ArrowLeft'), false, labels), { kind: 'arrow', direction: -1, shift: false, alt: false });
});

test('undo and redo', () => {
  assert.deepEqual(actionFor(key('z', { ctrlKey: true }), true, labels), { kind: 'undo' });
  assert.deepEqual(actionFor(key('Z', { ctrlKey: true, shiftKey: true }), true, labels), { kind: 'redo' });
  assert.deepEqual(actionFor(key('y', { metaKey: true }), true, labels), { kind: 'redo' });
  assert.equal(actionFor(key('c', { ctrlKey: true }), true, labels), null);
});

test('a lower-case letter given to a label labels; the upper-case letter always does its command', () => {
  const clash = (k: string) => ({ x: 'X-LABEL', l: 'L-LABEL', u: 'U-LABEL', s: 'S-LABEL', t: 'T-LABEL' } as Record<string, string>)[k] ?? null;
  for (const [letter, kind] of [['x', 'exact'], ['l', 'link'], ['u', 'unlink'], ['s', 'split'], ['t', 'chips']]) {
    assert.deepEqual(actionFor(key(letter), true, clash), { kind: 'label', label: `${letter.toUpperCase()}-LABEL` });
    assert.deepEqual(actionFor(key(letter.toUpperCase(), { shiftKey: true }), true, clash), { kind });
    assert.deepEqual(actionFor(key(letter), true, () => null), { kind });
  }
  // A label lookup never sees an upper-case letter, even from a lookup that would answer one.
  assert.deepEqual(actionFor(key('U', { shiftKey: true }), true, () => 'ANY'), { kind: 'unlink' });
});

test('label keys come first, then the letter keys', () => {
  assert.deepEqual(actionFor(key('1'), true, labels), { kind: 'label', label: 'PERSON' });
  assert.deepEqual(actionFor(key('s'), true, labels), { kind: 'label', label: 'SOURCE' });
  assert.deepEqual(actionFor(key('S'), true, labels), { kind: 'split' });
  assert.deepEqual(actionFor(key('t'), true, labels), { kind: 'chips' });
  assert.deepEqual(actionFor(key('U'), true, labels), { kind: 'unlink' });
  assert.deepEqual(actionFor(key('Tab', { shiftKey: true }), true, labels), { kind: 'cycle', step: -1 });
  assert.equal(actionFor(key('q'), true, labels), null);
});

test('an Arabic keyboard layout reaches the same commands and labels through the physical key', () => {
  // Arabic (101) layout: X → ء, Shift+L → /, Shift+T → لإ, Z → ئ, 1 → ١ on some layouts.
  assert.deepEqual(actionFor(key('ء', { code: 'KeyX' }), true, labels), { kind: 'exact' });
  assert.deepEqual(actionFor(key('/', { code: 'KeyL', shiftKey: true }), true, labels), { kind: 'link' });
  assert.deepEqual(actionFor(key('لإ', { code: 'KeyT', shiftKey: true }), true, labels), { kind: 'chips' });
  assert.deepEqual(actionFor(key('ئ', { code: 'KeyZ', ctrlKey: true }), true, labels), { kind: 'undo' });
  assert.deepEqual(actionFor(key('١', { code: 'Digit1' }), true, labels), { kind: 'label', label: 'PERSON' });
  assert.deepEqual(actionFor(key('س', { code: 'KeyS' }), true, labels), { kind: 'label', label: 'SOURCE' });
  // Named keys and Latin layouts keep their own meaning.
  assert.deepEqual(actionFor(key('Enter', { code: 'Enter' }), true, labels), { kind: 'confirm' });
  assert.deepEqual(actionFor(key('s', { code: 'KeyO' }), true, labels), { kind: 'label', label: 'SOURCE' });
});

test('] and [ go to the next and previous suggestion, by the place of the key with any layout, with or without Shift', () => {
  assert.deepEqual(actionFor(key(']'), true, labels), { kind: 'suggestion', step: 1 });
  assert.deepEqual(actionFor(key('['), false, labels), { kind: 'suggestion', step: -1 });
  assert.deepEqual(actionFor(key('د', { code: 'BracketRight' }), true, labels), { kind: 'suggestion', step: 1 }); // Arabic layout
  assert.deepEqual(actionFor(key('ج', { code: 'BracketLeft' }), true, labels), { kind: 'suggestion', step: -1 });
  assert.deepEqual(actionFor(key('{', { code: 'BracketLeft', shiftKey: true }), true, labels), { kind: 'suggestion', step: -1 });
  // S stays the chain split it was; Enter and Backspace keep their actions (the editor gives them to a focused suggestion).
  assert.deepEqual(actionFor(key('س', { code: 'KeyS' }), true, () => null), { kind: 'split' });
  assert.deepEqual(actionFor(key('Enter'), true, labels), { kind: 'confirm' });
  assert.deepEqual(actionFor(key('Backspace'), true, labels), { kind: 'delete' });
});
