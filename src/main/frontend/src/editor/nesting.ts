/**
 * How deep each span is nested: the number of other spans that contain it. Spans come in text order
 * (start ascending, longer first), as LayerModel.spanList gives them. Two spans over the same characters
 * count as one level: they differ by label, and their colours blend.
 */
export function nestingDepths(spans: readonly { key: number; start: number; end: number }[]): Map<number, number> {
  const depths = new Map<number, number>();
  const open: { start: number; end: number }[] = [];
  for (const s of spans) {
    while (open.length > 0 && open[open.length - 1].end <= s.start) open.pop();
    let depth = 0;
    for (const o of open) if (o.end >= s.end && (o.start < s.start || o.end > s.end)) depth++;
    depths.set(s.key, depth);
    open.push(s);
  }
  return depths;
}
