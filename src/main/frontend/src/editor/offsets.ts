/**
 * Offsets in the API and the database are Unicode code points; the DOM counts UTF-16 units.
 * These tables convert between the two for one text (identity when it has no surrogate pairs).
 */
export class Offsets {
  private readonly cpToUnit: Int32Array | null;
  private readonly unitToCp: Int32Array | null;
  readonly length: number;

  constructor(text: string) {
    if (!/[\uD800-\uDFFF]/.test(text)) {
      this.cpToUnit = null;
      this.unitToCp = null;
      this.length = text.length;
      return;
    }
    const cps: number[] = [];
    const units = new Int32Array(text.length + 1);
    let cp = 0;
    for (let u = 0; u < text.length; ) {
      cps.push(u);
      const code = text.codePointAt(u)!;
      const width = code > 0xffff ? 2 : 1;
      for (let k = 0; k < width; k++) units[u + k] = cp;
      u += width;
      cp++;
    }
    cps.push(text.length);
    units[text.length] = cp;
    this.cpToUnit = Int32Array.from(cps);
    this.unitToCp = units;
    this.length = cp;
  }

  toUnit(cp: number): number {
    return this.cpToUnit ? this.cpToUnit[cp] : cp;
  }

  /** A unit offset inside a surrogate pair maps to the code point that contains it. */
  toCodePoint(unit: number): number {
    return this.unitToCp ? this.unitToCp[unit] : unit;
  }
}
