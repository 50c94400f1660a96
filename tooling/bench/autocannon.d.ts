// The part of autocannon 8 the benchmarks use (the package ships no types).
declare module "autocannon" {
  interface Options {
    readonly url: string
    readonly connections?: number
    readonly duration?: number
    readonly timeout?: number
    readonly headers?: Record<string, string>
    readonly connectionRate?: number
  }
  interface Histogram {
    readonly average: number
    readonly total: number
    readonly p50: number
    readonly p99: number
    readonly max: number
  }
  interface Result {
    readonly requests: Histogram
    readonly latency: Histogram
    readonly non2xx: number
    readonly errors: number
    readonly timeouts: number
  }
  function autocannon(options: Options): Promise<Result>
  export default autocannon
}
