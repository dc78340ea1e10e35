// One row of `npm run bench`, returned by every scripts/bench/*-bench.ts run*Bench() function.
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target?: string;
}
