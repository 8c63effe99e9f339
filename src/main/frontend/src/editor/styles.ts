/** Light-DOM styles of the editor (scoped by the tawsim-editor element name). */
export const editorStyles = `
tawsim-editor { display: block; width: 100%; height: 100%; min-height: 0; }
tawsim-editor .tw-toolbar { display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; padding: .4rem 0; }
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
tawsim-editor .tw-notice { background: #fff7ed; border: 1px solid #fdba74; padding: .4rem .6rem; border-radius: .35rem; margin-bottom: .4rem; }
tawsim-editor .tw-body { display: flex; gap: 1rem; align-items: stretch; height: calc(100% - 3rem); min-height: 20rem; }
tawsim-editor .tw-text { flex: 1 1 auto; overflow: auto; white-space: pre-wrap; unicode-bidi: plaintext;
  font-family: "Noto Naskh Arabic", "DejaVu Sans", serif; font-size: 1.3rem; line-height: 2.3;
  padding: .5rem 1rem; border: 1px solid #e2e8f0; border-radius: .5rem; background: #fff; overflow-wrap: anywhere;
  user-select: text; cursor: text; }
tawsim-editor .tw-para { unicode-bidi: plaintext; content-visibility: auto; contain-intrinsic-block-size: auto 14em; }
tawsim-editor .tw-readonly { height: 100%; font-size: 1.15rem; }
tawsim-editor .tw-side { flex: 0 0 19rem; overflow: auto; font-size: .9rem; }
tawsim-editor .tw-side h4 { margin: .6rem 0 .3rem; font-size: .95rem; }
tawsim-editor .tw-side section { border-bottom: 1px solid #e2e8f0; padding-bottom: .4rem; }
tawsim-editor .tw-chain { content-visibility: auto; contain-intrinsic-block-size: auto 6em; }
tawsim-editor .tw-chain ol { margin: .2rem 0 .5rem; padding-inline-start: 1.4rem; }
tawsim-editor .tw-chain a { font-family: "Noto Naskh Arabic", "DejaVu Sans", serif; color: inherit; }
tawsim-editor .tw-chain-head { display: flex; gap: .4rem; align-items: center; font-weight: 600; }
tawsim-editor .tw-swatch { width: .9rem; height: .9rem; border-radius: .2rem; display: inline-block; }
tawsim-editor .tw-mini { padding: 0 .3rem; font-size: .75rem; margin-inline-start: .25rem; }
tawsim-editor .tw-legend ul { margin: 0; padding-inline-start: 1.1rem; color: #475569; }
tawsim-editor .tw-hint { color: #92400e; }
`;
