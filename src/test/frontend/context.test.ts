import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { mentionInContext } from '../../main/frontend/src/editor/context.js';
import { codePoints } from '../../main/frontend/src/editor/words.js';

const chars = codePoints('عنوان\nقال أحمد إن أحمد عاد، وإن أحمد سافر إلى درعا.');

test('three words either side, within the line', () => {
  const first = chars.indexOf('أ');
  assert.deepEqual(mentionInContext(chars, first, first + 4),
    { before: 'قال ', mention: 'أحمد', after: ' إن أحمد عاد' });
});

test('a clitic attached to the mention stays in the context as it is written', () => {
  const d = chars.lastIndexOf('د', chars.length - 3) ;
  const m = mentionInContext(chars, d, d + 3, 2);
  assert.equal(m.mention, 'درع');
  assert.equal(m.before, 'سافر إلى ');
  assert.equal(m.after, 'ا.');
});
