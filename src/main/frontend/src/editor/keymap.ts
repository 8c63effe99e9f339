/** What a key press in the text asks for. Pure: the editor decides what each action does in its state. */
export type Action =
  | { kind: 'undo' } | { kind: 'redo' }
  | { kind: 'label'; label: string }
  | { kind: 'arrow'; direction: 1 | -1; shift: boolean; alt: boolean }
  | { kind: 'cycle'; step: 1 | -1 }
  | { kind: 'suggestion'; step: 1 | -1 }
  | { kind: 'confirm' } | { kind: 'delete' } | { kind: 'exact' } | { kind: 'link' }
  | { kind: 'unlink' } | { kind: 'split' } | { kind: 'chips' } | { kind: 'escape' };

export interface KeyPress { key: string; code?: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean; }

/** The key as a US layout would name it when the layout gives no Latin letter or digit for a letter or digit key:
 *  with an Arabic layout X is «ء» and Shift+L is «/», on AZERTY 1 is «&». Latin layouts keep their own letters.
 *  The bracket keys are read by their place alone (Arabic «ج» «د», German «ü» «+»; `{` `}` with Shift). */
export function layoutFreeKey(e: KeyPress): string {
  if (e.code === 'BracketLeft') return '[';
  if (e.code === 'BracketRight') return ']';
  if (/^[A-Za-z0-9]$/.test(e.key) || !e.code) return e.key;
  const letter = /^Key([A-Z])$/.exec(e.code);
  if (letter) return e.shiftKey ? letter[1] : letter[1].toLowerCase();
  const digit = /^Digit([0-9])$/.exec(e.code);
  return digit ? digit[1] : e.key;
}

/** Letter keys, by what they do. A lower-case letter that a project gave to a label labels instead; the
 *  upper-case letter (Shift) always does what it says here: label hotkeys are lower-case letters and digits. */
const LETTERS: Record<string, Action['kind']> = { x: 'exact', l: 'link', u: 'unlink', s: 'split', t: 'chips' };

/** `forward` is the arrow that moves towards the end of the text: ArrowLeft in right-to-left text. */
export function actionFor(e: KeyPress, rtl: boolean, labelOfKey: (key: string) => string | null): Action | null {
  const key = layoutFreeKey(e);
  if (e.ctrlKey || e.metaKey) {
    if (key === 'z' || key === 'Z') return e.shiftKey ? { kind: 'redo' } : { kind: 'undo' };
    if (key === 'y' || key === 'Y') return { kind: 'redo' };
    return null;
  }
  const label = /^[A-Z]$/.test(key) ? null : labelOfKey(key);
  if (label !== null) return { kind: 'label', label };
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = rtl ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward || key === back) return { kind: 'arrow', direction: key === forward ? 1 : -1, shift: e.shiftKey, alt: e.altKey };
  switch (key) {
    case 'Tab': return { kind: 'cycle', step: e.shiftKey ? -1 : 1 };
    case ']': return { kind: 'suggestion', step: 1 };
    case '[': return { kind: 'suggestion', step: -1 };
    case 'Enter': return { kind: 'confirm' };
    case 'Delete': case 'Backspace': return { kind: 'delete' };
    case 'Escape': return { kind: 'escape' };
  }
  if (e.altKey) return null;
  const letter = LETTERS[key.toLowerCase()];
  return letter ? { kind: letter } as Action : null;
}
