import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import '@fontsource/noto-naskh-arabic/400.css';
import '@fontsource/noto-naskh-arabic/700.css';
import { Offsets } from './offsets.js';
import { Paragraphs } from './paragraphs.js';
import { codePoints } from './words.js';
import { LayerModel, type ClientSpan, type EditOp, type LayerData } from './model.js';
import { SyncQueue, type SaveState } from './sync.js';
import { CHAIN_COLOURS, Painter, chainColourIndex, newHighlightPrefix } from './highlights.js';
import { editorStyles } from './styles.js';
import { History } from './history.js';
import { PendingSelection } from './selection.js';
import { actionFor, type Action } from './keymap.js';
import { Pointer } from './pointer.js';
import { LabelChips } from './chips.js';
import { nestingDepths } from './nesting.js';
import { joinScrollGroup } from './scroll-sync.js';
import { renderChains, renderLegend, renderSelection, type PanelHost } from './panel.js';
import { linkMoves, splitMoves, unlinkMoves, type Moves } from './chain-edits.js';
import { renderToolbar, type LabelDef, type ToolbarHost } from './toolbar.js';
import { SuggestionPainter, renderSuggestions } from './suggestion-view.js';
import { SuggestionControl } from './suggestion-control.js';

const CHAIN_CHUNK = 50;

type Messages = Record<string, string>;

/**
 * The annotation editor: the stored text exactly as stored (right-to-left, one text node per paragraph,
 * laid out only when on screen), spans painted with CSS highlights, coreference chains, keyboard and mouse,
 * undo/redo, and every change saved at once. Renders into light DOM so the page's selection API and tests
 * see the text directly. Keys (keymap.ts), the selection being made (selection.ts, pointer.ts), undo
 * (history.ts), chain edits (chain-edits.ts), painting (highlights.ts, chips.ts), the toolbar and the side
 * panel (toolbar.ts, panel.ts) and suggestions (suggestion-control.ts, suggestions.ts, suggestion-view.ts) live in
 * modules of their own; this element holds the state and wires them.
 */
@customElement('tawsim-editor')
export class TawsimEditor extends LitElement {
  @property({ type: Number }) documentId = 0;
  @property() text = '';
  @property() direction = 'rtl';
  @property() labelsJson = '[]';
  @property() layerJson = '';
  @property() apiBase = '/api/v1';
  @property() csrfHeader = '';
  @property() csrfToken = '';
  @property() messagesJson = '{}';
  /** Read-only: the text and its spans for review, no toolbar, nothing saved. */
  @property({ type: Boolean }) readonly = false;
  /** The annotator marked the document done: everything shows, nothing changes until it is reopened. */
  @property({ type: Boolean }) done = false;
  /** The side panel starts closed (a page that needs the width for the text); the toolbar opens it. */
  @property({ type: Boolean }) sideCollapsed = false;
  /** Editors with the same group scroll together (side-by-side review). */
  @property() scrollGroup = '';
  /** Ranges [start, end) to point out, as JSON (code points). */
  @property() marksJson = '[]';
  /** The annotator's own suggestions, as JSON (code points); set only on the annotator's editable layer. */
  @property() suggestionsJson = '[]';

  @state() private saveState: SaveState = 'saved';
  @state() private waiting = 0;
  @state() private notice = '';
  @state() private exact = false;
  /** Label chips on the text (T). Off by default: on dense text they crowd the lines. */
  @state() private chips = false;
  @state() private sideOpen = true;
  @state() private selectedKey: number | null = null;
  @state() private linkSourceKey: number | null = null;
  @state() private version = 0; // bumped on every model change to re-render the side panel
  /** How many chains the side panel shows yet: a long list is built a chunk at a time after the text is up. */
  @state() private chainsShown = CHAIN_CHUNK;
  /** What a screen reader hears about the suggestion being looked at. */
  @state() private announcement = '';
  private chainsGrowing = false;

  private labels: LabelDef[] = [];
  private messages: Messages = {};
  private chars: string[] = [];
  private offsets!: Offsets;
  private model!: LayerModel;
  private sync!: SyncQueue;
  private history!: History;
  private selection = new PendingSelection([]);
  private painter: Painter | null = null;
  private readonly suggestions = this.suggestionControl();
  private suggestionPainter: SuggestionPainter | null = null;
  private pointer: Pointer | null = null;
  private labelChips: LabelChips | null = null;
  private readonly highlightPrefix = newHighlightPrefix();
  private paintedState = '';
  private paragraphs: Paragraphs | null = null;
  private leaveScrollGroup: (() => void) | null = null;
  private revealed: [number, number] | null = null;

  protected createRenderRoot() {
    return this;
  }

  connectedCallback() {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.warnUnsaved);
  }

  disconnectedCallback() {
    window.removeEventListener('beforeunload', this.warnUnsaved);
    this.leaveScrollGroup?.();
    this.leaveScrollGroup = null;
    super.disconnectedCallback();
  }

  private warnUnsaved = (e: BeforeUnloadEvent) => {
    if (this.sync && this.sync.waiting > 0) {
      e.preventDefault();
      e.returnValue = '';
    }
  };

  protected willUpdate(changed: PropertyValues) {
    if (changed.has('sideCollapsed')) this.sideOpen = !this.sideCollapsed;
    if (changed.has('labelsJson')) this.labels = JSON.parse(this.labelsJson);
    if (changed.has('messagesJson')) this.messages = JSON.parse(this.messagesJson);
    if (changed.has('suggestionsJson')) this.suggestions.set(this.suggestionsJson);
    if (changed.has('text')) {
      this.chars = codePoints(this.text);
      this.offsets = new Offsets(this.text);
      this.selection = new PendingSelection(this.chars);
      this.paragraphs = null;
    }
    if (changed.has('layerJson') && this.layerJson) {
      if (!this.model) performance.mark('tawsim-editor-data'); // the server's data has arrived
      this.load(JSON.parse(this.layerJson));
    }
  }

  private load(layer: LayerData) {
    this.model = new LayerModel(layer);
    this.sync = new SyncQueue(`${this.apiBase}/documents/${this.documentId}/operations`,
      this.csrfHeader ? { header: this.csrfHeader, token: this.csrfToken } : null,
      this.model, layer.revision,
      (s, waiting, message) => {
        this.saveState = s; this.waiting = waiting; if (message) this.notice = message;
        if (s === 'saved') {
          this.suggestions.saved();
          this.suggestions.stale();
        }
      },
      (reason, message) => this.stopped(reason, message),
      op => this.suggestions.acknowledged(op));
    this.history = new History(this.model, op => this.sync.push(op));
    this.selectedKey = null;
    this.linkSourceKey = null;
    this.selection.clear();
    this.version++;
  }

  /** A message with a count, in the plural form the UI language uses for it (`key.one`, `key.few`, …) when it has them. */
  private count(key: string, n: number): string {
    const form = `${key}.${new Intl.PluralRules(this.messages['editor.language'] ?? 'en').select(n)}`;
    return this.t(form in this.messages ? form : key, n);
  }

  private t(key: string, ...args: (string | number)[]): string {
    let m = this.messages[key] ?? key;
    args.forEach((a, i) => { m = m.replace(`{${i}}`, String(a)); });
    return m;
  }

  protected render() {
    if (!this.model) return nothing;
    const styles = html`<style>${editorStyles}${Painter.styles(this.highlightPrefix, this.labels)}
      ${SuggestionPainter.styles(this.highlightPrefix, this.labels)}</style>`;
    if (this.readonly) {
      return html`${styles}<div class="tw-text tw-readonly" id="tw-text" dir=${this.direction} lang="ar" tabindex="0"
             aria-label=${this.t('editor.text')}></div>`;
    }
    const panel = this.panel();
    return html`${styles}
      ${renderToolbar(this.toolbar())}
      <div class="tw-body">
        <div class="tw-text" id="tw-text" dir=${this.direction} lang="ar" tabindex="0"
             aria-label=${this.t('editor.text')}
             @mouseup=${this.onMouseUp} @keydown=${this.onKeyDown} @scroll=${() => this.placeChips()}></div>
        <aside class="tw-side" id="tw-side" ?hidden=${!this.sideOpen}>${renderSelection(panel)}${renderSuggestions(this.suggestions.panel(action => this.act(action)))}${renderChains(panel)}${renderLegend(panel)}</aside>
      </div>
      <div class="tw-announce" id="tw-announce" role="status" aria-live="polite">${this.announcement}</div>`;
  }

  /** The toolbar's view of the editor; each of its actions gives the focus back to the text. */
  private toolbar(): ToolbarHost {
    return {
      labels: this.labels, exact: this.exact, chips: this.chips, canUndo: this.history.canUndo,
      canRedo: this.history.canRedo, saveState: this.saveState, waiting: this.waiting, notice: this.notice,
      done: this.done, sideOpen: this.sideOpen,
      t: (key, ...args) => this.t(key, ...args),
      count: (key, n) => this.count(key, n),
      label: name => this.act(() => this.applyLabel(name)),
      setExact: on => this.act(() => { this.exact = on; }),
      setChips: on => this.act(() => { this.chips = on; }),
      undo: () => this.act(() => this.undo()),
      redo: () => this.act(() => this.redo()),
      toggleSide: () => { this.sideOpen = !this.sideOpen; },
    };
  }

  /** The side panel's view of the editor; each of its actions gives the focus back to the text. */
  private panel(): PanelHost {
    return {
      model: this.model, chars: this.chars, direction: this.direction, messages: this.messages,
      selected: this.selected(), linking: this.linkSourceKey !== null, chainsShown: this.chainsShown,
      t: (key, ...args) => this.t(key, ...args),
      chainNumber: key => this.chainNumber(key),
      chainColour: chain => CHAIN_COLOURS[chainColourIndex(chain)],
      startLink: () => this.act(() => this.startLink()),
      deleteSelected: () => this.act(() => this.deleteSelected()),
      unlink: span => this.act(() => this.move(unlinkMoves(this.model, span.key))),
      split: span => this.act(() => this.move(splitMoves(this.model, span.key))),
      jumpTo: span => this.act(() => this.jumpTo(span)),
    };
  }

  /** Runs an action of a button or link and returns the focus to the text, so the keys work on. */
  private act(action: () => void) {
    action();
    this.querySelector<HTMLElement>('#tw-text')?.focus({ preventScroll: true });
  }

  protected updated() {
    const container = this.querySelector<HTMLDivElement>('#tw-text');
    if (!container) return;
    if (!this.paragraphs || this.paragraphs.container !== container) {
      // Highlights never split the text; paragraphs off screen are not laid out (content-visibility).
      const paragraphs = new Paragraphs(container, this.text);
      this.paragraphs = paragraphs;
      const range = (start: number, end: number) => paragraphs.range(this.offsets.toUnit(start), this.offsets.toUnit(end));
      this.painter = new Painter(range, this.labels.map(l => l.name), this.highlightPrefix);
      this.suggestionPainter = new SuggestionPainter(range, this.labels.map(l => l.name), this.highlightPrefix);
      this.pointer = new Pointer(paragraphs, this.offsets);
      this.labelChips = new LabelChips(paragraphs, this.direction === 'rtl', range, unit => this.offsets.toCodePoint(unit));
      this.paintedState = '';
      this.leaveScrollGroup?.();
      this.leaveScrollGroup = this.scrollGroup ? joinScrollGroup(this.scrollGroup, container) : null;
      // Marks when the text and its spans have been painted (the frame after this update) and the editor
      // answers input: the task after that frame.
      requestAnimationFrame(() => setTimeout(() => performance.mark('tawsim-editor-ready')));
    }
    this.repaint();
    this.showMoreChains();
  }

  /** After the frame that shows what is there, adds the next chunk of chains to the side panel. */
  private showMoreChains() {
    if (this.chainsGrowing || this.readonly || !this.model || this.model.liveChains().length <= this.chainsShown) return;
    this.chainsGrowing = true;
    requestAnimationFrame(() => setTimeout(() => {
      this.chainsGrowing = false;
      this.chainsShown += CHAIN_CHUNK;
    }));
  }

  /** Repaints only when what is painted changed (not for save-state updates), and only the spans that changed. */
  private repaint() {
    if (!this.painter) return;
    const preview = this.selection.shown(this.exact);
    const state = `${this.version}|${this.sync.revision}|${this.selectedKey}|${this.linkSourceKey}|${preview}|${this.marksJson}|${this.chips}`
      + `|${this.suggestions.paintKey()}`;
    if (state === this.paintedState) return;
    const fresh = this.paintedState === '';
    this.paintedState = state;
    const link = this.linkSourceKey === null ? null : this.model.spans.get(this.linkSourceKey) ?? null;
    const chainIndex = (s: ClientSpan) => { const c = this.model.chainOf.get(s.key); return c === undefined ? null : chainColourIndex(this.model.chains.get(c)!); };
    const changed = this.model.takeChanged();
    this.painter.mark(JSON.parse(this.marksJson));
    this.painter.focus(this.revealed);
    if (fresh || changed === null) {
      const depths = nestingDepths(this.model.spanList());
      this.painter.paint(this.model.spans.values(), chainIndex, s => depths.get(s.key) ?? 0, this.selected(), preview, link);
    } else {
      this.painter.update(changed, key => this.model.spans.get(key) ?? null, chainIndex, s => this.model.depthOf(s.key),
        this.selected(), preview, link);
    }
    const shown = this.suggestions.shown();
    this.suggestionPainter?.paint(shown, this.suggestions.state.focused(shown));
    this.dataset.focusedSuggestion = this.suggestions.state.focusedId ?? '';
    this.placeChips();
  }

  private placeChips() {
    if (!this.labelChips) return;
    if (this.chips && !this.readonly) this.labelChips.show(this.model.spanList(), this.suggestions.shown());
    else this.labelChips.hide();
  }

  // ----- changes -----

  /** Every change goes through here: a done document refuses it with a word instead. */
  private refusedWhenDone(): boolean {
    if (this.done) this.notice = this.t('editor.done.refused');
    return this.done;
  }

  private commit(op: EditOp) {
    if (this.refusedWhenDone()) return;
    this.history.commit(op);
    this.notice = '';
    this.version++;
  }

  private undo() {
    if (this.refusedWhenDone()) return;
    this.afterHistoryMove(this.history.undo());
  }

  private redo() {
    if (this.refusedWhenDone()) return;
    this.afterHistoryMove(this.history.redo());
  }

  private afterHistoryMove(op: EditOp | null) {
    if (!op) return;
    if (this.selectedKey !== null && !this.model.spans.has(this.selectedKey)) this.selectedKey = null;
    if (op.kind === 'create' || op.kind === 'update') this.selectedKey = op.span;
    this.version++;
  }

  /** Labels what the preview shows (exactly that), or relabels the selected span. */
  private applyLabel(label: string) {
    this.takeNativeSelection();
    const range = this.selection.shown(this.exact);
    if (range) {
      const [start, end] = range;
      if (this.model.hasDuplicate(start, end, label)) {
        this.notice = this.t('editor.duplicate');
        return;
      }
      const key = this.model.newSpanKey();
      this.commit({ kind: 'create', span: key, start, end, label, chain: null });
      this.selectedKey = key;
      this.clearSelection();
      return;
    }
    const selected = this.selected();
    if (selected && selected.label !== label && !this.model.hasDuplicate(selected.start, selected.end, label, selected.key)) {
      this.commit({ kind: 'update', span: selected.key, start: selected.start, end: selected.end, label });
    }
  }

  private deleteSelected() {
    const selected = this.selected();
    if (!selected) return;
    this.commit({ kind: 'delete', span: selected.key });
    this.selectedKey = null;
  }

  private moveBoundary(which: 'start' | 'end', delta: number) {
    const s = this.selected();
    if (!s) return;
    const start = which === 'start' ? s.start + delta : s.start;
    const end = which === 'end' ? s.end + delta : s.end;
    if (start < 0 || end > this.chars.length || start >= end || this.model.hasDuplicate(start, end, s.label, s.key)) return;
    this.commit({ kind: 'update', span: s.key, start, end, label: s.label });
  }

  private startLink() {
    if (this.selectedKey === null) return;
    this.linkSourceKey = this.selectedKey;
    this.notice = '';
  }

  /** Links source and target into one chain: joins the target's chain, or merges two chains. */
  private link(sourceKey: number, targetKey: number) {
    this.linkSourceKey = null;
    if (this.move(linkMoves(this.model, sourceKey, targetKey))) this.selectedKey = targetKey;
  }

  private move(moves: Moves): boolean {
    if (moves.length === 0) return false;
    this.commit({ kind: 'move', moves });
    return true;
  }

  private stopped(reason: 'conflict' | 'rejected', message: string) {
    this.suggestions.saved(); // what was acknowledged before the stop is on the server
    this.notice = reason === 'conflict' ? this.t('editor.conflict') : this.t('editor.rejected', message);
    void this.reload();
  }

  /** Scrolls [start, end) into view and highlights it (the difference or decision being looked at). */
  reveal(start: number, end: number) {
    this.revealed = [start, end];
    this.painter?.focus(this.revealed);
    this.pointer?.scrollTo(start, end);
    this.dataset.revealed = `${start},${end}`;
  }

  /** Fetches the layer as the server has it; used after a conflict or a refused change. */
  async reload() {
    const response = await fetch(`${this.apiBase}/documents/${this.documentId}/layer`, { credentials: 'same-origin' });
    if (!response.ok) return;
    const notice = this.notice;
    this.load(await response.json());
    this.saveState = 'saved';
    this.notice = notice;
    this.suggestions.stale();
  }

  // ----- input -----

  private onMouseUp = (e: MouseEvent) => {
    const range = this.pointer?.selection() ?? null;
    if (range) {
      this.selection.fromPointer(range[0], range[1], e.altKey);
      this.selectedKey = null;
      this.pointer?.showSelection(this.selection.shown(this.exact));
      this.repaint();
      return;
    }
    const cp = this.pointer?.at(e.clientX, e.clientY) ?? null;
    if (cp === null) return;
    this.selection.clear();
    this.selection.caret = cp;
    this.suggestions.leave(true);
    const hit = this.spansAt(cp);
    // A click on a suggestion accepts it; where a span lies too, the click selects the span as always.
    const suggested = hit.length === 0 && this.linkSourceKey === null ? this.suggestions.at(cp) : undefined;
    if (suggested) {
      this.suggestions.accept(suggested);
      return;
    }
    if (this.linkSourceKey !== null) {
      if (hit.length > 0) this.link(this.linkSourceKey, hit[0].key);
      return;
    }
    if (hit.length === 0) {
      this.selectedKey = null;
    } else {
      // Clicking again where spans are nested selects the next enclosing span.
      const i = hit.findIndex(s => s.key === this.selectedKey);
      this.selectedKey = hit[(i + 1) % hit.length].key;
    }
    this.repaint();
  };

  private onKeyDown = (e: KeyboardEvent) => {
    const action = actionFor(e, this.direction === 'rtl', key => this.labels.find(l => l.hotkey !== null && l.hotkey === key)?.name ?? null);
    if (!action) return;
    this.suggestions.keyPressed(action.kind);
    if (this.perform(action)) e.preventDefault();
  };

  /** Does what a key asks; false when the key is left to the browser. */
  private perform(action: Action): boolean {
    switch (action.kind) {
      case 'undo': this.undo(); break;
      case 'redo': this.redo(); break;
      case 'label': this.applyLabel(action.label); break;
      case 'arrow': this.arrow(action.direction, action.shift, action.alt); break;
      case 'cycle': this.cycleSpan(action.step); break;
      case 'suggestion': this.suggestions.step(action.step); break;
      case 'confirm': {
        const focused = this.suggestions.focused();
        if (this.linkSourceKey === null && focused) { this.suggestions.accept(focused); break; }
        if (this.linkSourceKey === null || this.selectedKey === null) return false;
        this.link(this.linkSourceKey, this.selectedKey);
        break;
      }
      case 'delete': {
        const focused = this.suggestions.focused();
        if (focused) this.suggestions.reject(focused); else this.deleteSelected();
        break;
      }
      case 'exact': this.exact = !this.exact; this.pointer?.showSelection(this.selection.shown(this.exact)); return false;
      case 'link': this.startLink(); return false;
      case 'unlink': if (this.selectedKey !== null) this.move(unlinkMoves(this.model, this.selectedKey)); break;
      case 'split': if (this.selectedKey !== null) this.move(splitMoves(this.model, this.selectedKey)); break;
      case 'chips': this.chips = !this.chips; break;
      case 'escape':
        this.linkSourceKey = null; this.selectedKey = null; this.notice = '';
        this.clearSelection();
        break;
    }
    return true;
  }

  /** Arrows: move the caret by word (Alt: by character) and leave the selected span; Shift extends a
   *  selection. With a span selected, Shift+arrow moves its end and Alt+arrow its start, by one character. */
  private arrow(direction: 1 | -1, shift: boolean, alt: boolean) {
    this.takeNativeSelection();
    const selected = this.selected();
    if (selected && !this.selection.active && (shift !== alt)) {
      this.moveBoundary(shift ? 'end' : 'start', direction);
      return;
    }
    this.pointer?.clearSelection(); // the keyboard selection is shown by the preview alone
    this.selection.arrow(direction, shift, alt);
    if (shift || !alt) this.selectedKey = null; // the caret leaves the selected span (Alt alone moves its start)
    this.repaint();
  }

  /** A page selection the editor has not set itself is taken as a plain selection. */
  private takeNativeSelection() {
    const native = this.pointer?.unseenSelection();
    if (native) this.selection.fromPointer(native[0], native[1], false);
  }

  private clearSelection() {
    this.selection.clear();
    this.pointer?.clearSelection();
  }

  private cycleSpan(step: 1 | -1) {
    const spans = this.model.spanList();
    if (spans.length === 0) return;
    const i = spans.findIndex(s => s.key === this.selectedKey);
    const next = i < 0 ? (step > 0 ? 0 : spans.length - 1) : (i + step + spans.length) % spans.length;
    this.selectedKey = spans[next].key;
    this.clearSelection();
    this.pointer?.scrollTo(spans[next].start, spans[next].end);
  }

  private jumpTo(span: ClientSpan) {
    this.selectedKey = span.key;
    this.clearSelection();
    this.pointer?.scrollTo(span.start, span.end);
  }

  // ----- suggestions -----

  /** The suggestions' view of the editor (suggestion-control.ts). */
  private suggestionControl(): SuggestionControl {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const editor = this;
    return new SuggestionControl({
      get readonly() { return editor.readonly; },
      get done() { return editor.done; },
      get model() { return editor.model; },
      get version() { return editor.version; },
      get chars() { return editor.chars; },
      get caret() { return editor.selection.caret; },
      get labelOrder() { return editor.labels.map(l => l.name); },
      labelName: label => editor.labelName(label),
      t: (key, ...args) => editor.t(key, ...args),
      count: (key, n) => editor.count(key, n),
      refusedWhenDone: () => editor.refusedWhenDone(),
      commit: op => editor.commit(op),
      commitAll: ops => { editor.history.commitAll(ops); editor.version++; },
      select: key => { editor.selectedKey = key; },
      clearSelection: () => editor.clearSelection(),
      scrollTo: (start, end) => editor.pointer?.scrollTo(start, end),
      announce: text => { editor.announcement = text; },
      notify: text => { editor.notice = text; },
      requestUpdate: () => editor.requestUpdate(),
      dispatch: (name, detail) => editor.dispatchEvent(new CustomEvent(name, { detail })),
    });
  }

  private labelName(label: string): string {
    const def = this.labels.find(l => l.name === label);
    return def?.display || label;
  }

  // ----- lookups -----

  /** Spans containing the offset, innermost first. */
  private spansAt(cp: number): ClientSpan[] {
    return this.model.spanList().filter(s => s.start <= cp && cp < s.end).sort((a, b) => (a.end - a.start) - (b.end - b.start));
  }

  private selected(): ClientSpan | null {
    return this.selectedKey === null ? null : this.model.spans.get(this.selectedKey) ?? null;
  }

  private chainNumber(chainKey: number): number {
    return this.model.liveChains().findIndex(c => c.chain.key === chainKey) + 1;
  }
}

