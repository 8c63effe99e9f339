/** Light-DOM styles of the editor (scoped by the tawsim-editor element name). */
export const editorStyles = `
tawsim-editor { display: flex; flex-direction: column; width: 100%; height: 100%; min-height: 0; }
tawsim-editor .tw-toolbar { flex: 0 0 auto; display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; padding: .4rem 0; }
tawsim-editor button { font: inherit; font-size: .9rem; padding: .25rem .6rem; border: 1px solid #cbd5e1;
  border-radius: .35rem; background: #fff; cursor: pointer; }
tawsim-editor button:disabled { opacity: .45; cursor: default; }
tawsim-editor button:focus-visible, tawsim-editor .tw-text:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
tawsim-editor .tw-label { border-inline-start: .5rem solid var(--tw-colour); }
tawsim-editor kbd { font-family: ui-monospace, monospace; font-size: .75rem; padding: 0 .25rem; border: 1px solid #cbd5e1;
  border-radius: .2rem; background: #f8fafc; }
tawsim-editor .tw-save { margin-inline-start: auto; font-size: .85rem; padding: .15rem .5rem; border-radius: 1rem; }
tawsim-editor .tw-save-saved { background: #dcfce7; color: #166534; }
tawsim-editor .tw-save-saving { background: #fef9c3; color: #854d0e; }
tawsim-editor .tw-save-retrying, tawsim-editor .tw-save-error, tawsim-editor .tw-save-conflict { background: #fee2e2; color: #991b1b; }
tawsim-editor .tw-done { font-size: .85rem; padding: .15rem .5rem; border-radius: 1rem; background: #e0e7ff; color: #3730a3; }
/* The notice is a line of the toolbar: the text area gives it room, the page does not grow a scrollbar. */
tawsim-editor .tw-notice { flex: 1 1 100%; background: #fff7ed; border: 1px solid #fdba74; padding: .2rem .6rem;
  border-radius: .35rem; font-size: .9rem; max-height: 4.5rem; overflow: auto; }
tawsim-editor .tw-body { flex: 1 1 0; display: flex; gap: 1rem; align-items: stretch; min-height: 0; }
tawsim-editor .tw-text { flex: 1 1 auto; overflow: auto; white-space: pre-wrap; unicode-bidi: plaintext;
  font-family: "Noto Naskh Arabic", "DejaVu Sans", serif; font-size: 1.3rem; line-height: 2.3;
  padding: .5rem 1rem; border: 1px solid #e2e8f0; border-radius: .5rem; background: #fff; overflow-wrap: anywhere;
  user-select: text; cursor: text; position: relative; }
tawsim-editor .tw-chips { position: absolute; inset: 0 auto auto 0; width: 0; height: 0; pointer-events: none; user-select: none; }
tawsim-editor .tw-chip { position: absolute; left: var(--tw-chip-x); top: var(--tw-chip-y); white-space: nowrap;
  transform: translate(var(--tw-chip-shift, 0), calc(-100% - var(--tw-chip-stack) * 1.3em)); font: 600 .62rem/1.2 system-ui, sans-serif;
  padding: 0 .25rem; border-radius: .25rem; background: #1e293bd9; color: #fff; direction: ltr; unicode-bidi: isolate; }
tawsim-editor .tw-text[dir=rtl] .tw-chip { --tw-chip-shift: -100%; }
tawsim-editor .tw-chip::before { content: attr(data-label); }
tawsim-editor .tw-chip-suggested { background: #fff; color: #1e293b; outline: 1px dashed #475569; outline-offset: -1px; }
tawsim-editor .tw-chip-suggested::before { content: attr(data-label) "?"; }
tawsim-editor .tw-suggestions ul { margin: 0 0 .4rem; padding-inline-start: 1.1rem; }
tawsim-editor .tw-suggestions li { margin: .15rem 0; }
tawsim-editor .tw-suggestions bdi { font-family: "Noto Naskh Arabic", "DejaVu Sans", serif; }
tawsim-editor .tw-count { color: #475569; font-variant-numeric: tabular-nums; }
tawsim-editor .tw-announce { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
tawsim-editor .tw-para { unicode-bidi: plaintext; content-visibility: auto; contain-intrinsic-block-size: auto 14em; }
tawsim-editor .tw-readonly { height: 100%; font-size: 1.15rem; }
tawsim-editor .tw-side { flex: 0 0 19rem; overflow: auto; font-size: .9rem; }
tawsim-editor .tw-side[hidden] { display: none; }
tawsim-editor .tw-side h4 { margin: .6rem 0 .3rem; font-size: .95rem; }
tawsim-editor .tw-side section { border-bottom: 1px solid #e2e8f0; padding-bottom: .4rem; }
tawsim-editor .tw-chain { content-visibility: auto; contain-intrinsic-block-size: auto 6em; }
tawsim-editor .tw-chain ol { margin: .2rem 0 .5rem; padding-inline-start: 1.4rem; }
tawsim-editor .tw-chain a { font-family: "Noto Naskh Arabic", "DejaVu Sans", serif; color: #475569; text-decoration: none; }
tawsim-editor .tw-chain a:focus-visible { outline: 2px solid #2563eb; }
tawsim-editor .tw-chain mark { background: none; color: #0f172a; text-decoration: underline 2px; text-underline-offset: .35em; }
tawsim-editor .tw-chain-head { display: flex; gap: .4rem; align-items: center; font-weight: 600; }
tawsim-editor .tw-swatch { width: .9rem; height: .9rem; border-radius: .2rem; display: inline-block; }
tawsim-editor .tw-mini { padding: 0 .3rem; font-size: .75rem; margin-inline-start: .25rem; }
tawsim-editor .tw-legend ul { margin: 0; padding-inline-start: 1.1rem; color: #475569; }
tawsim-editor .tw-hint { color: #92400e; }
`;
