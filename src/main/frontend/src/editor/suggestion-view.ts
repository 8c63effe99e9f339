import { html, nothing } from 'lit';
import type { Suggestion, SuggestionGroup, SuggestionPanelHost } from './suggestions.js';

/**
 * Paints suggestions with CSS highlights of their own, apart from spans: a dashed underline in the label's
 * colour over a faint wash, and the focused one with a strong wash and a solid underline. Like spans they never
 * split the text, so ب|درعا stays joined. Only what changed is painted again.
 */
export class SuggestionPainter {
  private readonly painted = new Map<string, { label: string; range: Range }>();
  private readonly byLabel = new Map<string, Highlight>();
  private readonly focused = new Highlight();

  constructor(private readonly range: (start: number, end: number) => Range, labels: string[], prefix: string) {
    for (const label of labels) {
      const h = new Highlight();
      h.priority = 1;
      this.byLabel.set(label, h);
      CSS.highlights.set(`${prefix}-sg-${label}`, h);
    }
    this.focused.priority = 14;
    CSS.highlights.set(`${prefix}-sg-focus`, this.focused);
  }

  paint(list: readonly Suggestion[], focused: Suggestion | null) {
    const seen = new Set<string>();
    for (const s of list) {
      seen.add(s.id);
      if (this.painted.has(s.id)) continue;
      const entry = { label: s.label, range: this.range(s.start, s.end) };
      this.byLabel.get(s.label)?.add(entry.range);
      this.painted.set(s.id, entry);
    }
    for (const [id, old] of this.painted) {
      if (seen.has(id)) continue;
      this.byLabel.get(old.label)?.delete(old.range);
      this.painted.delete(id);
    }
    this.focused.clear();
    if (focused) this.focused.add(this.range(focused.start, focused.end));
  }

  static styles(prefix: string, labels: { name: string; colour: string }[]): string {
    return [
      ...labels.map(l => `::highlight(${prefix}-sg-${l.name}) { background-color: ${l.colour}1f;
        text-decoration: underline dashed 2px ${l.colour}; text-underline-offset: .3em; }`),
      `::highlight(${prefix}-sg-focus) { background-color: #2563eb40; text-decoration: underline solid 3px #1d4ed8;
        text-underline-offset: .3em; }`,
    ].join('\n');
  }
}

/** Surface forms listed at most; the rest are reached with the keys or "accept all of this label". */
const SURFACES_SHOWN = 30;

export function renderSuggestions(p: SuggestionPanelHost) {
  if (p.total === 0) return nothing;
  const row = (g: SuggestionGroup, what: string, text: string) => html`<li data-label=${g.label} data-surface=${g.surface ?? ''}
      data-count=${g.count}><bdi dir="auto">${text}</bdi> <span class="tw-count">${g.count}</span>
    <button class="tw-mini tw-accept-all" ?disabled=${p.done} title=${p.t(what)} aria-label=${`${p.t(what)}: ${text}`}
            @click=${() => p.acceptAll(g)}>${p.t('editor.suggestions.accept-all')}</button></li>`;
  return html`<section class="tw-suggestions" id="tw-suggestions">
    <h4>${p.t('editor.suggestions')} (${p.total})</h4>
    <ul class="tw-suggestion-labels">${p.byLabel.map(g => row(g, 'editor.suggestions.accept-label', p.labelName(g.label)))}</ul>
    <ul class="tw-suggestion-surfaces">${p.bySurface.slice(0, SURFACES_SHOWN).map(g =>
      row(g, 'editor.suggestions.accept-surface', `${g.surface} · ${p.labelName(g.label)}`))}</ul>
  </section>`;
}
