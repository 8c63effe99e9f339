import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import '@fontsource/noto-naskh-arabic/400.css';
import '@fontsource/noto-naskh-arabic/700.css';
import { Offsets } from './offsets.js';
import { Paragraphs } from './paragraphs.js';
import { codePoints, nextWordBoundary, snapToWords } from './words.js';
import { LayerModel, type ClientChain, type ClientSpan, type EditOp, type LayerData } from './model.js';
import { SyncQueue, type SaveState } from './sync.js';
import { CHAIN_COLOURS, Painter, newHighlightPrefix } from './highlights.js';
import { editorStyles } from './styles.js';

const CHAIN_CHUNK = 50;

interface LabelDef { name: string; colour: string; hotkey: string | null; }
type Messages = Record<string, string>;

/**
 * The annotation editor: the stored text exactly as stored (right-to-left, one text node per paragraph,
 * laid out only when on screen), spans painted with CSS highlights, coreference chains, keyboard and mouse, undo/redo, and every change saved at once.
 * Renders into light DOM so the page's selection API and tests see the text directly.
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
  /** Ranges [start, end) to point out, as JSON (code points). */
  @property() marksJson = '[]';

  @state() private saveState: SaveState = 'saved';
  @state() private waiting = 0;
  @state() private notice = '';
  @state() private exact = false;
  @state() private selectedKey: number | null = null;
  @state() private linkSourceKey: number | null = null;
  @state() private pending: [number, number] | null = null;
  @state() private version = 0; // bumped on every model change to re-render the side panel
  /** How many chains the side panel shows yet: a long list is built a chunk at a time after the text is up. */
  @state() private chainsShown = CHAIN_CHUNK;
  private chainsGrowing = false;

  private labels: LabelDef[] = [];
  private messages: Messages = {};
  private chars: string[] = [];
  private offsets!: Offsets;
  private model!: LayerModel;
  private sync!: SyncQueue;
  private painter: Painter | null = null;
  private readonly highlightPrefix = newHighlightPrefix();
  private paintedState = '';
  private paragraphs: Paragraphs | null = null;
  private caret = 0;
  private anchor: number | null = null;
  private undoStack: { op: EditOp; inverse: EditOp }[] = [];
  private redoStack: { op: EditOp; inverse: EditOp }[] = [];

  protected createRenderRoot() {
    return this;
  }

  connectedCallback() {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.warnUnsaved);
  }

  disconnectedCallback() {
    window.removeEventListener('beforeunload', this.warnUnsaved);
    super.disconnectedCallback();
  }

  private warnUnsaved = (e: BeforeUnloadEvent) => {
    if (this.sync && this.sync.waiting > 0) {
      e.preventDefault();
      e.returnValue = '';
    }
  };

  protected willUpdate(changed: PropertyValues) {
    if (changed.has('labelsJson')) this.labels = JSON.parse(this.labelsJson);
    if (changed.has('messagesJson')) this.messages = JSON.parse(this.messagesJson);
    if (changed.has('text')) {
      this.chars = codePoints(this.text);
      this.offsets = new Offsets(this.text);
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
      (s, waiting, message) => { this.saveState = s; this.waiting = waiting; if (message) this.notice = message; },
      (reason, message) => this.stopped(reason, message));
    this.undoStack = [];
    this.redoStack = [];
    this.selectedKey = null;
    this.linkSourceKey = null;
    this.pending = null;
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
    if (this.readonly) {
      return html`<style>${editorStyles}${Painter.styles(this.highlightPrefix, this.labels)}</style>
        <div class="tw-text tw-readonly" id="tw-text" dir=${this.direction} lang="ar" tabindex="0"
             aria-label=${this.t('editor.text')}></div>`;
    }
    const selected = this.selected();
    return html`
      <style>${editorStyles}${Painter.styles(this.highlightPrefix, this.labels)}</style>
      <div class="tw-toolbar" role="toolbar" aria-label=${this.t('editor.toolbar')}>
        ${this.labels.map(l => html`
          <button class="tw-label" data-label=${l.name} style="--tw-colour:${l.colour}"
                  title=${this.t('editor.label-hint', l.hotkey ?? '')}
                  @mousedown=${(e: Event) => e.preventDefault()} @click=${() => this.applyLabel(l.name)}>
            <kbd>${l.hotkey ?? ''}</kbd> ${l.name}</button>`)}
        <label class="tw-exact"><input type="checkbox" id="tw-exact" .checked=${this.exact}
               @change=${(e: Event) => { this.exact = (e.target as HTMLInputElement).checked; }}>
          ${this.t('editor.exact')} <kbd>X</kbd></label>
        <button id="tw-undo" ?disabled=${this.undoStack.length === 0} @click=${() => this.undo()}>${this.t('editor.undo')}</button>
        <button id="tw-redo" ?disabled=${this.redoStack.length === 0} @click=${() => this.redo()}>${this.t('editor.redo')}</button>
        <span id="tw-save-state" class="tw-save tw-save-${this.saveState}" role="status" aria-live="polite"
              data-state=${this.saveState}>${this.count(`editor.save.${this.saveState}`, this.waiting)}</span>
        ${this.done ? html`<strong id="tw-done" class="tw-done">${this.t('editor.done')}</strong>` : nothing}
      </div>
      ${this.notice ? html`<div class="tw-notice" role="alert">${this.notice}</div>` : nothing}
      <div class="tw-body">
        <div class="tw-text" id="tw-text" dir=${this.direction} lang="ar" tabindex="0"
             aria-label=${this.t('editor.text')}
             @mouseup=${this.onMouseUp} @keydown=${this.onKeyDown}></div>
        <aside class="tw-side">
          ${this.renderSelection(selected)}
          ${this.renderChains()}
          ${this.renderLegend()}
        </aside>
      </div>`;
  }

  private renderSelection(selected: ClientSpan | null) {
    if (!selected) return html`<section class="tw-selection"><p>${this.linkSourceKey !== null
      ? this.t('editor.link-pick') : this.t('editor.none-selected')}</p></section>`;
    const chain = this.model.chainOf.get(selected.key);
    return html`<section class="tw-selection" id="tw-selection">
      <h4>${selected.label} · <span dir="auto">${this.slice(selected.start, selected.end)}</span></h4>
      <p>[${selected.start}, ${selected.end})${chain !== undefined ? html` · ${this.t('editor.chain', this.chainNumber(chain))}` : nothing}</p>
      <button id="tw-link" @click=${() => this.startLink()}>${this.t('editor.link')} <kbd>L</kbd></button>
      <button id="tw-delete" @click=${() => this.deleteSelected()}>${this.t('editor.delete')} <kbd>Del</kbd></button>
      ${this.linkSourceKey !== null ? html`<p class="tw-hint">${this.t('editor.link-pick')}</p>` : nothing}
    </section>`;
  }

  private renderChains() {
    const chains = this.model.liveChains();
    // A chain is rendered again only when its number or its mentions changed, not on every operation.
    return html`<section class="tw-chains" id="tw-chains">
      <h4>${this.t('editor.chains')} (${chains.length})</h4>
      ${chains.length === 0 ? html`<p>${this.t('editor.no-chains')}</p>` : nothing}
      ${repeat(chains.length > this.chainsShown ? chains.slice(0, this.chainsShown) : chains, c => c.chain.key, (c, i) => guard(
        [i, c.members.map(m => `${m.key}:${m.start}:${m.end}`).join(','), this.messages],
        () => this.renderChain(c.chain, c.members, i)))}
    </section>`;
  }

  private renderChain(chain: ClientChain, members: ClientSpan[], i: number) {
    return html`
        <div class="tw-chain" data-chain=${chain.key}>
          <div class="tw-chain-head"><span class="tw-swatch" style="background:${CHAIN_COLOURS[this.colourIndex(chain.key)]}"></span>
            ${this.t('editor.chain', i + 1)}</div>
          <ol>${members.map((m, j) => html`<li>
            <a href="#" dir="auto" @click=${(e: Event) => { e.preventDefault(); this.jumpTo(m); }}>${this.slice(m.start, m.end)}</a>
            <button class="tw-mini" title=${this.t('editor.unlink')} aria-label=${this.t('editor.unlink')}
                    @click=${() => this.commit({ kind: 'move', moves: [{ span: m.key, chain: null }] })}>✕</button>
            ${j > 0 ? html`<button class="tw-mini" title=${this.t('editor.split')} aria-label=${this.t('editor.split')}
                    @click=${() => this.split(members.slice(j))}>✂</button>` : nothing}
          </li>`)}</ol>
        </div>`;
  }

  private renderLegend() {
    return html`<section class="tw-legend"><h4>${this.t('editor.keys')}</h4><ul>
      ${['keys.label', 'keys.exact', 'keys.select', 'keys.spans', 'keys.boundaries', 'keys.delete', 'keys.link', 'keys.undo', 'keys.escape']
        .map(k => html`<li>${this.t('editor.' + k)}</li>`)}</ul></section>`;
  }

  protected updated() {
    const container = this.querySelector<HTMLDivElement>('#tw-text');
    if (!container) return;
    if (!this.paragraphs || this.paragraphs.container !== container) {
      // Highlights never split the text; paragraphs off screen are not laid out (content-visibility).
      const paragraphs = new Paragraphs(container, this.text);
      this.paragraphs = paragraphs;
      this.painter = new Painter((start, end) => paragraphs.range(this.offsets.toUnit(start), this.offsets.toUnit(end)),
        this.labels.map(l => l.name), this.highlightPrefix);
      this.paintedState = '';
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

  /** Repaints only when what is painted changed (not for save-state updates). */
  private repaint() {
    if (!this.painter) return;
    const state = `${this.version}|${this.selectedKey}|${this.linkSourceKey}|${this.pending}|${this.marksJson}`;
    if (state === this.paintedState) return;
    this.paintedState = state;
    const selected = this.selected();
    const link = this.linkSourceKey === null ? null : this.model.spans.get(this.linkSourceKey) ?? null;
    this.painter.mark(JSON.parse(this.marksJson));
    this.painter.paint(this.model.spans.values(),
      s => { const c = this.model.chainOf.get(s.key); return c === undefined ? null : this.colourIndex(c); },
      selected, this.pending, link);
  }

  // ----- changes -----

  /** Every change goes through here: a done document refuses it with a word instead. */
  private refusedWhenDone(): boolean {
    if (this.done) this.notice = this.t('editor.done.refused');
    return this.done;
  }

  private commit(op: EditOp) {
    if (this.refusedWhenDone()) return;
    const inverse = this.model.apply(op);
    this.undoStack.push({ op, inverse });
    this.redoStack = [];
    this.sync.push(op);
    this.notice = '';
    this.version++;
  }

  private undo() {
    if (this.refusedWhenDone()) return;
    const entry = this.undoStack.pop();
    if (!entry) return;
    const redoOp = this.model.apply(entry.inverse);
    this.redoStack.push({ op: redoOp, inverse: entry.inverse });
    this.sync.push(entry.inverse);
    this.afterHistoryMove(entry.inverse);
  }

  private redo() {
    if (this.refusedWhenDone()) return;
    const entry = this.redoStack.pop();
    if (!entry) return;
    const inverse = this.model.apply(entry.op);
    this.undoStack.push({ op: entry.op, inverse });
    this.sync.push(entry.op);
    this.afterHistoryMove(entry.op);
  }

  private afterHistoryMove(op: EditOp) {
    if (this.selectedKey !== null && !this.model.spans.has(this.selectedKey)) this.selectedKey = null;
    if (op.kind === 'create' || op.kind === 'update') this.selectedKey = op.span;
    this.version++;
  }

  private applyLabel(label: string) {
    const range = this.domSelectionRange() ?? this.pending;
    if (range) {
      const [start, end] = this.exact ? range : snapToWords(this.chars, range[0], range[1]);
      if (start >= end) return;
      if (this.model.hasDuplicate(start, end, label)) {
        this.notice = this.t('editor.duplicate');
        return;
      }
      const key = this.model.newSpanKey();
      this.commit({ kind: 'create', span: key, start, end, label, chain: null });
      this.selectedKey = key;
      this.pending = null;
      this.anchor = null;
      window.getSelection()?.removeAllRanges();
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
    if (sourceKey === targetKey) return;
    const cs = this.model.chainOf.get(sourceKey);
    const ct = this.model.chainOf.get(targetKey);
    if (cs !== undefined && cs === ct) return;
    let moves: { span: number; chain: number | null }[];
    if (cs === undefined && ct === undefined) {
      const chain = this.model.newChainKey();
      moves = [{ span: sourceKey, chain }, { span: targetKey, chain }];
    } else if (ct !== undefined && cs === undefined) {
      moves = [{ span: sourceKey, chain: ct }];
    } else if (cs !== undefined && ct === undefined) {
      moves = [{ span: targetKey, chain: cs }];
    } else {
      moves = [...this.model.chainOf.entries()].filter(([, c]) => c === cs).map(([span]) => ({ span, chain: ct! }));
    }
    this.commit({ kind: 'move', moves });
    this.selectedKey = targetKey;
  }

  private split(tail: ClientSpan[]) {
    const chain = this.model.newChainKey();
    this.commit({ kind: 'move', moves: tail.map(m => ({ span: m.key, chain })) });
  }

  private stopped(reason: 'conflict' | 'rejected', message: string) {
    this.notice = reason === 'conflict' ? this.t('editor.conflict') : this.t('editor.rejected', message);
    void this.reload();
  }

  /** Fetches the layer as the server has it; used after a conflict or a refused change. */
  async reload() {
    const response = await fetch(`${this.apiBase}/documents/${this.documentId}/layer`, { credentials: 'same-origin' });
    if (!response.ok) return;
    const notice = this.notice;
    this.load(await response.json());
    this.saveState = 'saved';
    this.notice = notice;
  }

  // ----- input -----

  private onMouseUp = (e: MouseEvent) => {
    const range = this.domSelectionRange();
    if (range) {
      this.pending = e.altKey || this.exact ? range : snapToWords(this.chars, range[0], range[1]);
      this.selectedKey = null;
      this.caret = range[1];
      return;
    }
    const cp = this.offsetAt(e.clientX, e.clientY);
    if (cp === null) return;
    this.caret = cp;
    this.pending = null;
    const hit = this.spansAt(cp);
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
  };

  private onKeyDown = (e: KeyboardEvent) => {
    const key = e.key;
    const mod = e.ctrlKey || e.metaKey;
    if (mod && (key === 'z' || key === 'Z')) {
      e.preventDefault();
      if (e.shiftKey) this.redo(); else this.undo();
      return;
    }
    if (mod && (key === 'y' || key === 'Y')) { e.preventDefault(); this.redo(); return; }
    if (mod) return;
    const label = this.labels.find(l => l.hotkey !== null && l.hotkey === key);
    if (label) { e.preventDefault(); this.applyLabel(label.name); return; }
    const forwardKey = this.direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backKey = this.direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    if (key === forwardKey || key === backKey) {
      e.preventDefault();
      this.arrow(key === forwardKey ? 1 : -1, e.shiftKey, e.altKey);
      return;
    }
    switch (key) {
      case 'Tab': e.preventDefault(); this.cycleSpan(e.shiftKey ? -1 : 1); break;
      case 'Enter': if (this.linkSourceKey !== null && this.selectedKey !== null) { e.preventDefault(); this.link(this.linkSourceKey, this.selectedKey); } break;
      case 'Delete': case 'Backspace': e.preventDefault(); this.deleteSelected(); break;
      case 'x': case 'X': this.exact = !this.exact; break;
      case 'l': case 'L': this.startLink(); break;
      case 'Escape': this.linkSourceKey = null; this.pending = null; this.anchor = null; this.selectedKey = null; this.notice = ''; break;
      default: return;
    }
  };

  /** Arrows: move the caret by word; Shift extends a selection (Alt: by character). With a span selected,
   *  Shift+arrow moves its end and Alt+arrow its start, one character at a time. */
  private arrow(direction: 1 | -1, shift: boolean, alt: boolean) {
    const selected = this.selected();
    if (selected && this.pending === null && (shift !== alt)) {
      this.moveBoundary(shift ? 'end' : 'start', direction);
      return;
    }
    const next = alt ? Math.min(this.chars.length, Math.max(0, this.caret + direction))
      : nextWordBoundary(this.chars, this.caret, direction > 0);
    if (shift) {
      if (this.anchor === null) this.anchor = this.pending ? this.pending[0] : this.caret;
      this.caret = next;
      this.pending = [Math.min(this.anchor, this.caret), Math.max(this.anchor, this.caret)];
      this.selectedKey = null;
    } else {
      this.caret = next;
      this.anchor = null;
      this.pending = null;
    }
    this.repaint();
  }

  private cycleSpan(step: 1 | -1) {
    const spans = this.model.spanList();
    if (spans.length === 0) return;
    const i = spans.findIndex(s => s.key === this.selectedKey);
    const next = i < 0 ? (step > 0 ? 0 : spans.length - 1) : (i + step + spans.length) % spans.length;
    this.selectedKey = spans[next].key;
    this.pending = null;
    this.scrollToSpan(spans[next]);
  }

  private jumpTo(span: ClientSpan) {
    this.selectedKey = span.key;
    this.scrollToSpan(span);
    this.querySelector<HTMLElement>('#tw-text')?.focus();
  }

  /** Scrolls the span into view. Paragraphs that come on screen are laid out only in the next frames and
   *  may then differ from their estimated height, so the position is checked again for a few frames. */
  private scrollToSpan(span: ClientSpan, frames = 3) {
    if (!this.painter) return;
    const rect = this.painter.range(span.start, span.end).getBoundingClientRect();
    const box = this.querySelector<HTMLElement>('#tw-text')!;
    const outer = box.getBoundingClientRect();
    if (rect.top < outer.top || rect.bottom > outer.bottom) {
      box.scrollTop += rect.top - outer.top - outer.height / 3;
    }
    if (frames > 0) requestAnimationFrame(() => this.scrollToSpan(span, frames - 1));
  }

  // ----- geometry and lookups -----

  private domSelectionRange(): [number, number] | null {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed || !this.paragraphs) return null;
    const r = sel.getRangeAt(0);
    const startUnit = this.paragraphs.unitOf(r.startContainer, r.startOffset);
    const endUnit = this.paragraphs.unitOf(r.endContainer, r.endOffset);
    if (startUnit === null || endUnit === null) return null;
    const start = this.offsets.toCodePoint(startUnit);
    const end = this.offsets.toCodePoint(endUnit);
    return start < end ? [start, end] : null;
  }

  private offsetAt(x: number, y: number): number | null {
    const doc = document as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
    if (!this.paragraphs) return null;
    const pos = doc.caretPositionFromPoint?.(x, y);
    const unit = pos && pos.offsetNode.nodeType === Node.TEXT_NODE ? this.paragraphs.unitOf(pos.offsetNode, pos.offset) : null;
    if (unit !== null) return this.offsets.toCodePoint(unit);
    const range = document.caretRangeFromPoint?.(x, y);
    const fallback = range && range.startContainer.nodeType === Node.TEXT_NODE
      ? this.paragraphs.unitOf(range.startContainer, range.startOffset) : null;
    return fallback === null ? null : this.offsets.toCodePoint(fallback);
  }

  /** Spans containing the offset, innermost first. */
  private spansAt(cp: number): ClientSpan[] {
    return this.model.spanList().filter(s => s.start <= cp && cp < s.end).sort((a, b) => (a.end - a.start) - (b.end - b.start));
  }

  private selected(): ClientSpan | null {
    return this.selectedKey === null ? null : this.model.spans.get(this.selectedKey) ?? null;
  }

  private slice(start: number, end: number): string {
    return this.chars.slice(start, end).join('');
  }

  private colourIndex(chainKey: number): number {
    return chainKey % CHAIN_COLOURS.length;
  }

  private chainNumber(chainKey: number): number {
    return this.model.liveChains().findIndex(c => c.chain.key === chainKey) + 1;
  }
}
