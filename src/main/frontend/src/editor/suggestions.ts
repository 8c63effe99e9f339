/**
 * The annotator's suggestions: spans a recommender proposes, shown apart from the annotator's own spans and
 * never stored as spans until accepted. Pure: which suggestions show, the order the keys go through them,
 * and the groups the side panel accepts at once. Offsets are code points, as for spans.
 */
export interface Suggestion { id: string; start: number; end: number; label: string; score: number; recommender: string; }

interface Labelled { start: number; end: number; label: string; }

/** Text order, as spans are ordered: start ascending, longer first, then label and id for a stable order. */
function compare(a: Suggestion, b: Suggestion): number {
  return a.start - b.start || b.end - a.end || a.label.localeCompare(b.label) || a.id.localeCompare(b.id);
}

/**
 * The suggestions to show, in text order: without those the annotator rejected here (before the server's next
 * list arrives), those a span of the same label already covers exactly (accepted, or marked by hand), and repeats.
 */
export function visibleSuggestions(all: readonly Suggestion[], spans: Iterable<Labelled>, rejected: ReadonlySet<string>): Suggestion[] {
  const taken = new Set<string>();
  for (const s of spans) taken.add(`${s.start}:${s.end}:${s.label}`);
  const seen = new Set<string>();
  return all.filter(s => {
    if (rejected.has(s.id) || seen.has(s.id) || taken.has(`${s.start}:${s.end}:${s.label}`)) return false;
    seen.add(s.id);
    return true;
  }).sort(compare);
}

/**
 * The suggestion the next (`step` 1) or previous (-1) key goes to, in reading order (offsets, whatever the
 * direction of the text or of a Latin name inside it), wrapping around. From the focused one if it is still
 * there; otherwise from `position` (where the last focused one or the caret was): the first suggestion starting
 * at or after it, or the last one starting before it. Null when there is none.
 */
export function stepTo(list: readonly Suggestion[], focused: string | null, position: number | null, step: 1 | -1): Suggestion | null {
  if (list.length === 0) return null;
  const i = focused === null ? -1 : list.findIndex(s => s.id === focused);
  if (i >= 0) return list[(i + step + list.length) % list.length];
  if (position === null) return step > 0 ? list[0] : list[list.length - 1];
  if (step > 0) return list.find(s => s.start >= position) ?? list[0];
  for (let j = list.length - 1; j >= 0; j--) if (list[j].start < position) return list[j];
  return list[list.length - 1];
}

/** The suggestions under a code point, shortest first. */
export function suggestionsAt(list: readonly Suggestion[], cp: number): Suggestion[] {
  return list.filter(s => s.start <= cp && cp < s.end).sort((a, b) => (a.end - a.start) - (b.end - b.start));
}

export interface SuggestionGroup { label: string; surface: string | null; count: number; }

/** What the side panel's suggestion section needs from the editor. */
export interface SuggestionPanelHost {
  total: number;
  byLabel: SuggestionGroup[];
  bySurface: SuggestionGroup[];
  done: boolean;
  t(key: string, ...args: (string | number)[]): string;
  labelName(label: string): string;
  acceptAll(group: SuggestionGroup): void;
}

/** What the side panel lists: counts per label (label order of the project), and per surface form and label,
 *  most frequent first. */
export function suggestionGroups(list: readonly Suggestion[], chars: readonly string[], labelOrder: readonly string[]):
    { byLabel: SuggestionGroup[]; bySurface: SuggestionGroup[] } {
  const labels = new Map<string, number>();
  const surfaces = new Map<string, SuggestionGroup>();
  for (const s of list) {
    labels.set(s.label, (labels.get(s.label) ?? 0) + 1);
    const surface = surfaceOf(chars, s);
    const key = `${s.label}\u0000${surface}`;
    const group = surfaces.get(key) ?? { label: s.label, surface, count: 0 };
    group.count++;
    surfaces.set(key, group);
  }
  const rank = (label: string) => { const i = labelOrder.indexOf(label); return i < 0 ? labelOrder.length : i; };
  const byLabel = [...labels.entries()].map(([label, count]) => ({ label, surface: null, count }))
    .sort((a, b) => rank(a.label) - rank(b.label) || a.label.localeCompare(b.label));
  const bySurface = [...surfaces.values()]
    .sort((a, b) => b.count - a.count || rank(a.label) - rank(b.label) || a.surface!.localeCompare(b.surface!));
  return { byLabel, bySurface };
}

/** The suggestions of one group, each range once (the spans "accept all" creates, in text order). */
export function membersOf(list: readonly Suggestion[], chars: readonly string[], group: { label: string; surface: string | null }): Suggestion[] {
  const ranges = new Set<string>();
  return list.filter(s => {
    if (s.label !== group.label || (group.surface !== null && surfaceOf(chars, s) !== group.surface)) return false;
    const range = `${s.start}:${s.end}`;
    if (ranges.has(range)) return false;
    ranges.add(range);
    return true;
  });
}

export function surfaceOf(chars: readonly string[], s: { start: number; end: number }): string {
  return chars.slice(s.start, s.end).join('');
}

/**
 * The editor's suggestions: the server's latest list, those rejected here since, and the one the keys focus.
 * The list shown is kept until the spans or the suggestions change.
 */
export class SuggestionState {
  private all: Suggestion[] = [];
  private readonly rejected = new Set<string>();
  private cache: { key: string; list: Suggestion[] } | null = null;
  /** Bumped whenever the list shown may change. */
  version = 0;
  focusedId: string | null = null;
  /** Where the keys go on from when nothing is focused: the last suggestion focused, accepted or rejected. */
  position: number | null = null;

  set(json: string) {
    this.all = JSON.parse(json);
    this.version++;
  }

  visible(spans: () => Iterable<Labelled>, spansVersion: number): Suggestion[] {
    const key = `${spansVersion}|${this.version}`;
    if (this.cache?.key !== key) this.cache = { key, list: visibleSuggestions(this.all, spans(), this.rejected) };
    return this.cache.list;
  }

  focused(list: readonly Suggestion[]): Suggestion | null {
    return this.focusedId === null ? null : list.find(s => s.id === this.focusedId) ?? null;
  }

  /** Focuses the next or previous suggestion and returns it with its place in the list (1-based). */
  step(list: readonly Suggestion[], step: 1 | -1, caret: number | null): { suggestion: Suggestion; index: number } | null {
    const next = stepTo(list, this.focusedId, this.position ?? caret, step);
    this.focus(next);
    return next ? { suggestion: next, index: list.indexOf(next) + 1 } : null;
  }

  focus(s: Suggestion | null) {
    this.focusedId = s?.id ?? null;
    if (s) this.position = s.start;
  }

  /** Leaves the suggestion (accepted or rejected): nothing is focused, the keys go on from its place. */
  done(s: Suggestion) {
    this.focusedId = null;
    this.position = s.start;
  }

  reject(s: Suggestion) {
    this.rejected.add(s.id);
    this.done(s);
    this.version++;
  }
}
