import type { EditOp, LayerModel } from './model.js';
import { SuggestionState, membersOf, suggestionGroups, suggestionsAt, surfaceOf, type Suggestion, type SuggestionGroup,
  type SuggestionPanelHost } from './suggestions.js';

/** Keys that act on the focused suggestion (or leave it be); every other key leaves it. */
const KEEP_SUGGESTION_FOCUS = new Set(['suggestion', 'confirm', 'delete', 'chips', 'exact']);

/** What the suggestions need from the editor: its state, and the few changes they make to it. */
export interface SuggestionHost {
  readonly readonly: boolean;
  readonly done: boolean;
  /** The layer, once loaded. */
  readonly model: LayerModel | undefined;
  /** Bumped on every change of the spans. */
  readonly version: number;
  readonly chars: readonly string[];
  /** Where the caret is (code point), if anywhere. */
  readonly caret: number | null;
  readonly labelOrder: readonly string[];
  labelName(label: string): string;
  t(key: string, ...args: (string | number)[]): string;
  count(key: string, n: number): string;
  /** False, with a word to the annotator, when the document is done. */
  refusedWhenDone(): boolean;
  /** One change, one undo step. */
  commit(op: EditOp): void;
  /** Several changes, one undo step. */
  commitAll(ops: EditOp[]): void;
  select(spanKey: number | null): void;
  clearSelection(): void;
  scrollTo(start: number, end: number): void;
  announce(text: string): void;
  notify(text: string): void;
  requestUpdate(): void;
  /** Tells the page (an event of the element). */
  dispatch(name: string, detail?: unknown): void;
}

/**
 * The editor's side of suggestions: which show, the keys `]` / `[` and the focused one, accepting (Enter, a
 * click, "accept all" in the side panel) as the annotator's own create operations, rejecting, and what the page
 * is told: `tw-suggestions-stale` (ask the server again), `tw-suggestion-reject` ({id}), and
 * `tw-suggestion-accepted` ({ids}) once the spans of accepted suggestions are saved, for the acceptance rates.
 */
export class SuggestionControl {
  readonly state = new SuggestionState();
  /** The create operations of accepted suggestions not yet acknowledged, with the suggestion's id. */
  private readonly accepting = new WeakMap<EditOp, string>();
  /** Accepted suggestions whose spans the server has acknowledged, not yet told to the page. */
  private acknowledgedIds: string[] = [];

  constructor(private readonly host: SuggestionHost) {}

  set(json: string) {
    this.state.set(json);
  }

  /** The suggestions shown now, in text order (none in a read-only view). */
  shown(): Suggestion[] {
    const model = this.host.model;
    if (this.host.readonly || !model) return [];
    return this.state.visible(() => model.spans.values(), this.host.version);
  }

  focused(): Suggestion | null {
    return this.state.focused(this.shown());
  }

  /** What the painter needs to know to tell whether the suggestions' picture changed. */
  paintKey(): string {
    return `${this.state.version}|${this.state.focusedId}`;
  }

  /** The suggestion a click at this code point accepts, if any (the shortest there). */
  at(cp: number): Suggestion | undefined {
    return suggestionsAt(this.shown(), cp)[0];
  }

  /** Asks the page for the annotator's suggestions again (after a change was saved or the layer reloaded). */
  stale() {
    this.host.dispatch('tw-suggestions-stale');
  }

  /** A key that does something else leaves the focused suggestion; moving the caret also forgets its place. */
  keyPressed(kind: string) {
    if (!KEEP_SUGGESTION_FOCUS.has(kind)) this.leave(kind === 'arrow');
  }

  /** The keys and clicks that do something else leave the focused suggestion; moving the caret also forgets its place. */
  leave(forgetPlace: boolean) {
    if (this.state.focusedId !== null) this.host.requestUpdate(); // the focus mark goes even if nothing else changes
    this.state.focusedId = null;
    if (forgetPlace) this.state.position = null;
  }

  step(step: 1 | -1) {
    const list = this.shown();
    const next = this.state.step(list, step, this.host.caret);
    if (!next) {
      this.host.announce(this.host.t('editor.suggestion.none'));
      return;
    }
    const s = next.suggestion;
    this.host.select(null);
    this.host.clearSelection();
    this.host.scrollTo(s.start, s.end);
    this.host.announce(this.host.t('editor.suggestion.focused', next.index, list.length, this.host.labelName(s.label),
      surfaceOf(this.host.chars, s)));
  }

  /** Accepts a suggestion as a span of the annotator's: the normal create operation, one undo step. */
  accept(s: Suggestion) {
    const model = this.host.model;
    if (!model || this.host.refusedWhenDone()) return;
    this.state.done(s);
    if (model.hasDuplicate(s.start, s.end, s.label)) return;
    const op = this.createOp(model, s);
    this.host.commit(op);
    this.host.select(op.span);
    this.host.clearSelection();
    this.host.announce(this.host.t('editor.suggestion.accepted', this.host.labelName(s.label), surfaceOf(this.host.chars, s)));
  }

  reject(s: Suggestion) {
    if (this.host.refusedWhenDone()) return;
    this.state.reject(s);
    this.host.dispatch('tw-suggestion-reject', { id: s.id });
    this.host.announce(this.host.t('editor.suggestion.rejected', surfaceOf(this.host.chars, s)));
  }

  /** Accepts every suggestion of a label, or of a surface form and label, as one undo step. */
  acceptAll(group: SuggestionGroup) {
    const model = this.host.model;
    if (!model || this.host.refusedWhenDone()) return;
    const ops = membersOf(this.shown(), this.host.chars, group)
      .filter(s => !model.hasDuplicate(s.start, s.end, s.label))
      .map(s => this.createOp(model, s));
    if (ops.length === 0) return;
    this.host.commitAll(ops);
    const notice = this.host.count('editor.suggestions.accepted-all', ops.length);
    this.host.notify(notice);
    this.host.announce(notice);
    this.host.select(null);
    this.state.focusedId = null;
  }

  /** The server acknowledged an operation: if it made an accepted suggestion's span, that counts once saved. */
  acknowledged(op: EditOp) {
    const id = this.accepting.get(op);
    if (id === undefined) return;
    this.accepting.delete(op);
    this.acknowledgedIds.push(id);
  }

  /** Tells the page which accepted suggestions' spans are saved (when nothing is waiting any more). */
  saved() {
    if (this.acknowledgedIds.length === 0) return;
    const ids = this.acknowledgedIds;
    this.acknowledgedIds = [];
    this.host.dispatch('tw-suggestion-accepted', { ids });
  }

  /** The side panel's view of the suggestions; `act` runs a button's action and gives the focus back to the text. */
  panel(act: (action: () => void) => void): SuggestionPanelHost {
    const shown = this.shown();
    const groups = suggestionGroups(shown, this.host.chars, this.host.labelOrder);
    return {
      total: shown.length, byLabel: groups.byLabel, bySurface: groups.bySurface, done: this.host.done,
      t: (key: string, ...args: (string | number)[]) => this.host.t(key, ...args),
      labelName: (label: string) => this.host.labelName(label),
      acceptAll: (group: SuggestionGroup) => act(() => this.acceptAll(group)),
    };
  }

  private createOp(model: LayerModel, s: Suggestion): EditOp & { kind: 'create' } {
    const op = { kind: 'create' as const, span: model.newSpanKey(), start: s.start, end: s.end, label: s.label, chain: null };
    this.accepting.set(op, s.id);
    return op;
  }
}
