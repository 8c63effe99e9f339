// Measures input -> paint for the suggestion keys in the editor page, as input-to-paint.js does for labels: a
// keydown listener (capture phase, before the editor sees the key) records the time. For `]` (mode 'focus') the
// moment is when a range is added to the focused-suggestion highlight; for Enter (mode 'accept') when a range with
// the accepted text is added to a label's highlight (the new span). The frame after that shows it, and a message
// posted from that frame's requestAnimationFrame callback runs once it has been rendered. Samples (ms) collect in
// window.twBench.focus / .accept; window.twBench.script.* holds the editor's own share (key down until the range
// is handed to the highlight).
const bench = { t0: null, mode: null, expected: null, focus: [], accept: [], script: { focus: [], accept: [] } };
window.twBench = bench;
const focusHighlight = [...CSS.highlights].find(([name]) => name.endsWith('-sg-focus'))[1];
const labelHighlights = new Set([...CSS.highlights].filter(([name]) => /-l-/.test(name)).map(([, h]) => h));
document.addEventListener('keydown', () => { bench.t0 = performance.now(); }, true);
const add = Highlight.prototype.add;
Highlight.prototype.add = function (range) {
  const hit = bench.t0 !== null && (bench.mode === 'focus' ? this === focusHighlight
    : bench.mode === 'accept' && labelHighlights.has(this) && range.toString() === bench.expected);
  if (hit) {
    const t0 = bench.t0;
    const mode = bench.mode;
    bench.script[mode].push(performance.now() - t0);
    bench.t0 = null;
    bench.mode = null;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => bench[mode].push(performance.now() - t0);
      channel.port2.postMessage(0);
    });
  }
  return add.call(this, range);
};
