import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { nestingDepths } from '../../main/frontend/src/editor/nesting.js';

test('each span counts the spans that contain it; the same characters count once', () => {
  const spans = [
    { key: 1, start: 0, end: 10 },
    { key: 2, start: 0, end: 10 },
    { key: 3, start: 6, end: 10 },
    { key: 4, start: 7, end: 9 },
    { key: 5, start: 12, end: 14 },
  ];
  assert.deepEqual([...nestingDepths(spans)], [[1, 0], [2, 0], [3, 2], [4, 3], [5, 0]]);
});

test('crossing spans do not nest', () => {
  assert.deepEqual([...nestingDepths([{ key: 1, start: 0, end: 5 }, { key: 2, start: 3, end: 8 }])], [[1, 0], [2, 0]]);
});
