// Ridge least squares (XᵀX + λI)β = Xᵀy by Gaussian elimination with partial pivoting. The ridge
// term keeps a column that the training window never switches on (no holiday in it yet) at zero
// instead of making the system singular; the intercept (column 0) is not shrunk.

export function ridgeSolve(rows: readonly number[][], y: readonly number[], lambda: number): number[] {
  const p = rows[0]?.length ?? 0;
  const a = Array.from({ length: p }, () => new Array<number>(p + 1).fill(0));
  rows.forEach((x, n) => {
    for (let i = 0; i < p; i++) {
      const ai = a[i] as number[];
      for (let j = 0; j < p; j++) ai[j] = (ai[j] as number) + (x[i] as number) * (x[j] as number);
      ai[p] = (ai[p] as number) + (x[i] as number) * (y[n] as number);
    }
  });
  for (let i = 1; i < p; i++) (a[i] as number[])[i] = ((a[i] as number[])[i] as number) + lambda;
  for (let col = 0; col < p; col++) {
    let pivot = col;
    for (let r = col + 1; r < p; r++)
      if (Math.abs((a[r] as number[])[col] as number) > Math.abs((a[pivot] as number[])[col] as number))
        pivot = r;
    [a[col], a[pivot]] = [a[pivot] as number[], a[col] as number[]];
    const pr = a[col] as number[];
    const pv = pr[col] as number;
    if (Math.abs(pv) < 1e-12) continue;
    for (let r = 0; r < p; r++) {
      if (r === col) continue;
      const row = a[r] as number[];
      const f = (row[col] as number) / pv;
      if (f === 0) continue;
      for (let c = col; c <= p; c++) row[c] = (row[c] as number) - f * (pr[c] as number);
    }
  }
  return a.map((row, i) => {
    const d = row[i] as number;
    return Math.abs(d) < 1e-12 ? 0 : (row[p] as number) / d;
  });
}
