import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Offsets } from '../../main/frontend/src/editor/offsets.js';

test('without surrogate pairs, code points and UTF-16 units are the same', () => {
  const o = new Offsets('مدينة جاسم');
  assert.equal(o.length, 10);
  assert.equal(o.toUnit(6), 6);
  assert.equal(o.toCodePoint(6), 6);
});

test('an emoji is one code point and two units', () => {
  const o = new Offsets('أ😀ب');
  assert.equal(o.length, 3);
  assert.equal(o.toUnit(2), 3);
  assert.equal(o.toCodePoint(3), 2);
  assert.equal(o.toCodePoint(2), 1); // inside the pair: the code point that contains it
});
