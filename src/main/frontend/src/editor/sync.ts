import type { EditOp, LayerModel } from './model.js';

export type SaveState = 'saved' | 'saving' | 'retrying' | 'conflict' | 'error';

interface Pending { op: EditOp; opId: string; }

/**
 * Sends operations to the server one at a time, in order, each on the revision the previous one produced.
 * While the server cannot be reached the queue waits and retries; a conflict (another tab changed the
 * layer) or a refusal stops the queue and asks the editor to reload.
 */
export class SyncQueue {
  private readonly queue: Pending[] = [];
  private sending = false;
  private retryDelay = 500;
  private stopped = false;
  /** Round-trip times (ms) of acknowledged operations, newest last; read by the benchmark. */
  readonly latencies: number[] = [];

  constructor(
    private readonly url: string,
    private readonly csrf: { header: string; token: string } | null,
    private readonly model: LayerModel,
    public revision: number,
    private readonly onState: (state: SaveState, waiting: number, message?: string) => void,
    private readonly onStop: (reason: 'conflict' | 'rejected', message: string) => void,
    /** Each operation the server acknowledged, the object pushed. */
    private readonly onAcknowledged: (op: EditOp) => void = () => {},
  ) {}

  get waiting(): number { return this.queue.length; }

  push(op: EditOp) {
    if (this.stopped) return;
    this.queue.push({ op, opId: uuid() });
    this.onState('saving', this.queue.length);
    void this.pump();
  }

  private async pump() {
    if (this.sending || this.stopped) return;
    this.sending = true;
    try {
      while (this.queue.length > 0 && !this.stopped) {
        const next = this.queue[0];
        const outcome = await this.send(next);
        if (outcome === 'done') {
          this.queue.shift();
          this.retryDelay = 500;
        } else if (outcome === 'retry') {
          this.onState('retrying', this.queue.length);
          await new Promise(r => setTimeout(r, this.retryDelay));
          this.retryDelay = Math.min(this.retryDelay * 2, 8000);
        } else {
          this.stopped = true;
          return;
        }
      }
      if (!this.stopped) this.onState('saved', 0);
    } finally {
      this.sending = false;
    }
  }

  private async send(pending: Pending): Promise<'done' | 'retry' | 'stop'> {
    const { body, newChain } = this.model.toServerOp(pending.op);
    const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
    if (this.csrf) headers[this.csrf.header] = this.csrf.token;
    let response: Response;
    const started = performance.now();
    try {
      response = await fetch(this.url, {
        method: 'POST', headers, credentials: 'same-origin',
        body: JSON.stringify({ baseRevision: this.revision, opId: pending.opId, operation: body }),
      });
    } catch {
      return 'retry'; // offline or server down: keep the operation and try again
    }
    if (response.ok) {
      const result = await response.json();
      this.revision = result.revision;
      this.latencies.push(performance.now() - started);
      if (this.latencies.length > 10000) this.latencies.shift();
      this.model.acknowledge(pending.op, result.spanId ?? null, result.chainId ?? null, newChain);
      this.onAcknowledged(pending.op);
      return 'done';
    }
    if (response.status === 409) {
      this.onState('conflict', this.queue.length);
      this.onStop('conflict', await messageOf(response));
      return 'stop';
    }
    if (response.status === 400 || response.status === 404 || response.status === 403) {
      this.onState('error', this.queue.length);
      this.onStop('rejected', await messageOf(response));
      return 'stop';
    }
    return 'retry'; // 401 (log in again elsewhere), 5xx, proxies: nothing is lost, we retry
  }
}

async function messageOf(response: Response): Promise<string> {
  try {
    const body = await response.json();
    return body.message ?? body.error ?? String(response.status);
  } catch {
    return String(response.status);
  }
}

/** crypto.randomUUID exists only in secure contexts; plain http on a LAN needs this fallback. */
function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map(x => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
