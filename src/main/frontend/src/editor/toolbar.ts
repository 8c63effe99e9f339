import { html, nothing } from 'lit';
import type { SaveState } from './sync.js';

/** `display` is the label's name in the UI language; `guideline` tells annotators when to use it. */
export interface LabelDef { name: string; colour: string; hotkey: string | null; display?: string; guideline?: string; }

/** The hover text of a label button: what the button does, then the project's guideline for the label. */
export function labelTitle(hint: string, l: LabelDef): string {
  return l.guideline ? `${hint}\n${l.guideline}` : hint;
}

/** What the toolbar needs from the editor. Every action returns the focus to the text. */
export interface ToolbarHost {
  labels: LabelDef[];
  exact: boolean;
  chips: boolean;
  canUndo: boolean;
  canRedo: boolean;
  saveState: SaveState;
  waiting: number;
  notice: string;
  /** The side panel (selection, chains, keys) is shown. */
  sideOpen: boolean;
  /** The annotator marked the document done: a badge says so. */
  done: boolean;
  t(key: string, ...args: (string | number)[]): string;
  /** A message with a count, in the plural form of the UI language. */
  count(key: string, n: number): string;
  label(name: string): void;
  setExact(on: boolean): void;
  setChips(on: boolean): void;
  undo(): void;
  redo(): void;
  toggleSide(): void;
}

/** Label buttons, switches, undo/redo, the save state, and a notice (a conflict) as a line of its own. */
export function renderToolbar(h: ToolbarHost) {
  const checked = (e: Event) => (e.target as HTMLInputElement).checked;
  return html`<div class="tw-toolbar" role="toolbar" aria-label=${h.t('editor.toolbar')}>
    ${h.labels.map(l => html`
      <button class="tw-label" data-label=${l.name} style="--tw-colour:${l.colour}" title=${labelTitle(h.t('editor.label-hint', l.hotkey ?? ''), l)}
              @mousedown=${(e: Event) => e.preventDefault()} @click=${() => h.label(l.name)}>
        <kbd>${l.hotkey ?? ''}</kbd> <bdi>${l.display || l.name}</bdi></button>`)}
    <label class="tw-exact"><input type="checkbox" id="tw-exact" .checked=${h.exact} @change=${(e: Event) => h.setExact(checked(e))}>
      ${h.t('editor.exact')} <kbd>X</kbd></label>
    <label class="tw-exact"><input type="checkbox" id="tw-chips" .checked=${h.chips} @change=${(e: Event) => h.setChips(checked(e))}>
      ${h.t('editor.chips')} <kbd>T</kbd></label>
    <button id="tw-undo" ?disabled=${!h.canUndo} @click=${() => h.undo()}>${h.t('editor.undo')}</button>
    <button id="tw-redo" ?disabled=${!h.canRedo} @click=${() => h.redo()}>${h.t('editor.redo')}</button>
    <button id="tw-side-toggle" aria-controls="tw-side" aria-expanded=${h.sideOpen ? 'true' : 'false'}
            @click=${() => h.toggleSide()}>${h.t('editor.side-panel')}</button>
    <span id="tw-save-state" class="tw-save tw-save-${h.saveState}" role="status" aria-live="polite"
          data-state=${h.saveState}>${h.count(`editor.save.${h.saveState}`, h.waiting)}</span>
    ${h.done ? html`<strong id="tw-done" class="tw-done">${h.t('editor.done')}</strong>` : nothing}
    ${h.notice ? html`<div class="tw-notice" role="alert">${h.notice}</div>` : nothing}
  </div>`;
}
