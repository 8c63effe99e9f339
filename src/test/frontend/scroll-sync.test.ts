import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { scrollFraction } from '../../main/frontend/src/editor/scroll-sync.js';

test('the place of a box is how far it scrolled of how far it can', () => {
  assert.equal(scrollFraction(0, 1000, 200), 0);
  assert.equal(scrollFraction(400, 1000, 200), 0.5);
  assert.equal(scrollFraction(800, 1000, 200), 1);
});

test('a box that cannot scroll is at its start, and a fraction never leaves [0, 1]', () => {
  assert.equal(scrollFraction(0, 200, 200), 0);
  assert.equal(scrollFraction(900, 1000, 200), 1);
  assert.equal(scrollFraction(-5, 1000, 200), 0);
});
