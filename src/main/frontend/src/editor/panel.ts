import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { mentionInContext } from './context.js';
import type { ClientChain, ClientSpan, LayerModel } from './model.js';

/** What the side panel needs from the editor. Every action returns the focus to the text. */
export interface PanelHost {
  model: LayerModel;
  chars: string[];
  direction: string;
  messages: unknown;
  selected: ClientSpan | null;
  linking: boolean;
  chainsShown: number;
  t(key: string, ...args: (string | number)[]): string;
  chainNumber(chainKey: number): number;
  chainColour(chain: ClientChain): string;
  startLink(): void;
  deleteSelected(): void;
  unlink(span: ClientSpan): void;
  split(at: ClientSpan): void;
  jumpTo(span: ClientSpan): void;
}

export function renderSelection(p: PanelHost) {
  const selected = p.selected;
  if (!selected) {
    return html`<section class="tw-selection"><p>${p.linking ? p.t('editor.link-pick') : p.t('editor.none-selected')}</p></section>`;
  }
  const chain = p.model.chainOf.get(selected.key);
  return html`<section class="tw-selection" id="tw-selection">
    <h4>${selected.label} · <bdi dir="auto">${p.chars.slice(selected.start, selected.end).join('')}</bdi></h4>
    <p>[${selected.start}, ${selected.end})${chain !== undefined ? html` · ${p.t('editor.chain', p.chainNumber(chain))}` : nothing}</p>
    <button id="tw-link" @click=${() => p.startLink()}>${p.t('editor.link')} <kbd>L</kbd></button>
    <button id="tw-delete" @click=${() => p.deleteSelected()}>${p.t('editor.delete')} <kbd>Del</kbd></button>
    ${p.linking ? html`<p class="tw-hint">${p.t('editor.link-pick')}</p>` : nothing}
  </section>`;
}

export function renderChains(p: PanelHost) {
  const chains = p.model.liveChains();
  // A chain is rendered again only when its number, id, colour or mentions changed, not on every operation.
  return html`<section class="tw-chains" id="tw-chains">
    <h4>${p.t('editor.chains')} (${chains.length})</h4>
    ${chains.length === 0 ? html`<p>${p.t('editor.no-chains')}</p>` : nothing}
    ${repeat(chains.length > p.chainsShown ? chains.slice(0, p.chainsShown) : chains, c => c.chain.key, (c, i) => guard(
      [i, c.chain.id, p.chainColour(c.chain), c.members.map(m => `${m.key}:${m.start}:${m.end}`).join(','), p.messages],
      () => renderChain(p, c.chain, c.members, i)))}
  </section>`;
}

function renderChain(p: PanelHost, chain: ClientChain, members: ClientSpan[], i: number) {
  return html`
    <div class="tw-chain" data-chain=${chain.key} data-chain-id=${chain.id ?? ''}>
      <div class="tw-chain-head"><span class="tw-swatch" style="background:${p.chainColour(chain)}"></span>
        ${p.t('editor.chain', i + 1)}</div>
      <ol>${members.map((m, j) => {
        const context = mentionInContext(p.chars, m.start, m.end);
        return html`<li>
          <a href="#" class="tw-mention" @click=${(e: Event) => { e.preventDefault(); p.jumpTo(m); }}><bdi dir=${p.direction}
            >${context.before}<mark>${context.mention}</mark>${context.after}</bdi></a>
          <button class="tw-mini tw-unlink" title=${p.t('editor.unlink')} aria-label=${p.t('editor.unlink')}
                  @click=${() => p.unlink(m)}>✕</button>
          ${j > 0 ? html`<button class="tw-mini tw-split" title=${p.t('editor.split')} aria-label=${p.t('editor.split')}
                  @click=${() => p.split(m)}>✂</button>` : nothing}
        </li>`;
      })}</ol>
    </div>`;
}

const KEYS = ['keys.label', 'keys.exact', 'keys.select', 'keys.spans', 'keys.boundaries', 'keys.delete', 'keys.link',
  'keys.chain', 'keys.chips', 'keys.suggestions', 'keys.undo', 'keys.escape'];

export function renderLegend(p: PanelHost) {
  return html`<section class="tw-legend"><h4>${p.t('editor.keys')}</h4><ul>
    ${KEYS.map(k => html`<li>${p.t('editor.' + k)}</li>`)}</ul></section>`;
}
