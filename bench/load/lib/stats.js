'use strict'
// Latencies per kind of request, with exact percentiles (every sample is kept: a run has at most a few hundred thousand).

class Stats {
  constructor () { this.kinds = new Map() }

  record (kind, status, ms) {
    let k = this.kinds.get(kind)
    if (!k) { k = { samples: [], codes: {}, first: Date.now() }; this.kinds.set(kind, k) }
    k.samples.push(ms)
    k.last = Date.now()
    k.codes[status] = (k.codes[status] || 0) + 1
  }

  static percentile (sorted, p) {
    if (sorted.length === 0) return null
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
  }

  summary (kinds, seconds) {
    const samples = []
    const codes = {}
    let first = Infinity
    let last = -Infinity
    for (const kind of kinds) {
      const k = this.kinds.get(kind)
      if (!k) continue
      first = Math.min(first, k.first)
      last = Math.max(last, k.last)
      samples.push(...k.samples)
      for (const [c, n] of Object.entries(k.codes)) codes[c] = (codes[c] || 0) + n
    }
    samples.sort((a, b) => a - b)
    const round = x => x === null ? null : Math.round(x * 10) / 10
    return {
      count: samples.length,
      perSecond: round(samples.length / seconds),
      // Between the first and the last answer of these kinds: the rate while they were actually being sent.
      perActiveSecond: samples.length > 1 && last > first ? round(samples.length / ((last - first) / 1000)) : null,
      p50: round(Stats.percentile(samples, 50)),
      p95: round(Stats.percentile(samples, 95)),
      p99: round(Stats.percentile(samples, 99)),
      max: round(samples.length ? samples[samples.length - 1] : null),
      codes
    }
  }

  get names () { return [...this.kinds.keys()] }
}

module.exports = { Stats }
