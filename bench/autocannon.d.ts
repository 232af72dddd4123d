// The part of autocannon 8's API bench/load.ts uses (the package ships no types and
// @types/autocannon is not installed).
declare module "autocannon" {
  type TStats = { average: number; mean: number; p50: number; p90: number; p99: number; max: number; total: number };
  export type TAutocannonResult = {
    requests: TStats;
    latency: TStats;
    throughput: TStats;
    errors: number;
    timeouts: number;
    non2xx: number;
  };
  export default function autocannon(opts: {
    url: string;
    connections?: number;
    duration?: number;
    headers?: Record<string, string>;
  }): Promise<TAutocannonResult>;
}
