import type { EditOp, LayerModel } from './model.js';

interface Entry { op: EditOp; inverse: EditOp; }

/** Undo and redo over a layer: each step applies the exact inverse of an op and hands it on to be saved. */
export class History {
  private undoStack: Entry[] = [];
  private redoStack: Entry[] = [];

  constructor(private readonly model: LayerModel, private readonly save: (op: EditOp) => void) {}

  get canUndo(): boolean { return this.undoStack.length > 0; }
  get canRedo(): boolean { return this.redoStack.length > 0; }

  commit(op: EditOp) {
    const inverse = this.model.apply(op);
    this.undoStack.push({ op, inverse });
    this.redoStack = [];
    this.save(op);
  }

  /** Returns the op that was applied, or null when there was nothing to undo. */
  undo(): EditOp | null {
    const entry = this.undoStack.pop();
    if (!entry) return null;
    const redoOp = this.model.apply(entry.inverse);
    this.redoStack.push({ op: redoOp, inverse: entry.inverse });
    this.save(entry.inverse);
    return entry.inverse;
  }

  redo(): EditOp | null {
    const entry = this.redoStack.pop();
    if (!entry) return null;
    const inverse = this.model.apply(entry.op);
    this.undoStack.push({ op: entry.op, inverse });
    this.save(entry.op);
    return entry.op;
  }
}
