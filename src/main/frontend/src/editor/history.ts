import type { EditOp, LayerModel } from './model.js';

/** One undo step: the ops in the order applied and their inverses in the same order. */
interface Entry { ops: EditOp[]; inverses: EditOp[]; }

/** Undo and redo over a layer: each step applies the exact inverse of its ops and hands them on to be saved.
 *  A batch (e.g. accepting every suggestion of a label) is one step: one undo takes back all of it. */
export class History {
  private undoStack: Entry[] = [];
  private redoStack: Entry[] = [];

  constructor(private readonly model: LayerModel, private readonly save: (op: EditOp) => void) {}

  get canUndo(): boolean { return this.undoStack.length > 0; }
  get canRedo(): boolean { return this.redoStack.length > 0; }

  commit(op: EditOp) {
    this.commitAll([op]);
  }

  /** Applies and saves the ops one after the other, as a single undo step. */
  commitAll(ops: EditOp[]) {
    if (ops.length === 0) return;
    this.undoStack.push({ ops, inverses: ops.map(op => this.apply(op)) });
    this.redoStack = [];
  }

  /** Returns the last op that was applied, or null when there was nothing to undo. */
  undo(): EditOp | null {
    const entry = this.undoStack.pop();
    if (!entry) return null;
    const undone = [...entry.inverses].reverse();
    const redoOps = undone.map(op => this.apply(op)).reverse();
    this.redoStack.push({ ops: redoOps, inverses: entry.inverses });
    return undone[undone.length - 1];
  }

  redo(): EditOp | null {
    const entry = this.redoStack.pop();
    if (!entry) return null;
    const inverses = entry.ops.map(op => this.apply(op));
    this.undoStack.push({ ops: entry.ops, inverses });
    return entry.ops[entry.ops.length - 1];
  }

  private apply(op: EditOp): EditOp {
    const inverse = this.model.apply(op);
    this.save(op);
    return inverse;
  }
}
