import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { codePoints, nextWordBoundary, snapToWords } from '../../main/frontend/src/editor/words.js';

const sentence = 'اشتباكات بدرعا، ولـ الفيلق';
const text = codePoints(sentence);
const b = sentence.indexOf('بدرعا');

test('a selection inside a word grows to the whole word, clitics included', () => {
  assert.deepEqual(snapToWords(text, b + 1, b + 3), [b, b + 5]);
});

test('spaces and punctuation at the ends are trimmed, not grown', () => {
  assert.deepEqual(snapToWords(text, b - 1, b + 6), [b, b + 5]);
  assert.deepEqual(snapToWords(text, b + 5, b + 7), [b + 7, b + 7]); // nothing but "، ": empty
});

test('tatweel belongs to the word', () => {
  const l = sentence.indexOf('لـ');
  assert.deepEqual(snapToWords(text, l, l + 1), [l - 1, l + 2]);
});

test('word boundaries forwards and backwards', () => {
  assert.equal(nextWordBoundary(text, 0, true), 9);
  assert.equal(nextWordBoundary(text, 11, false), 9);
  assert.equal(nextWordBoundary(text, text.length, true), text.length);
});
