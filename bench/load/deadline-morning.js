'use strict'
// Open-loop deadline morning (docs/performance.md, #16): requests ARRIVE at a fixed rate whatever the answers,
// as officers and reviewers do — a slow portal does not slow the arrivals down (the closed-loop deadline-day.js
// waits for each answer before the next request, so it measures how fast a fixed crowd gets through).
// Latency is measured from each request's scheduled arrival, so a queue in the client counts against the portal.
//
// Each arrival is one step of someone's morning: a reviewer (leader) opening one of the pages reviewers read
// (--reviewers, the share of arrivals, default 0.3), or an officer's next step — sign in (login page + post), open
// "Báo cáo của tôi", open the form, save a draft, open the form again (the save's redirect), submit, open the form
// to see "đã nộp". A new officer starts one officer step in seven; an officer has at most one request in flight.
// --sign-in-only true: every arrival is a new officer signing in (the 300-sign-ins morning).
//
// Usage: LOAD_PASSWORD=… node deadline-morning.js --base http://127.0.0.1:5090 --rate 10 --duration 600 \
//          --officers 720 [--first 1] --readers 50 [--reviewers 0.3] [--sign-in-only true] \
//          --acks acks.json --out result.json
const fs = require('fs')
const { CookieJar, antiforgeryToken, reportForm, fillReport, formBody, field } = require('./lib/portal')
const { submitterEmail, readerEmail } = require('./lib/flows')
const { Stats } = require('./lib/stats')

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc, []))
const base = (args.base || 'http://127.0.0.1:5090').replace(/\/$/, '')
const rate = Number(args.rate || 10)
const duration = Number(args.duration || 600)
const officers = Number(args.officers || Math.ceil(rate * duration * 0.15))
const first = Number(args.first || 1)
const readers = Number(args.readers || 50)
const timeoutMs = Number(args.timeout || 60) * 1000
const reviewerShare = Number(args.reviewers ?? 0.3)
const signInOnly = args['sign-in-only'] === 'true'
const password = process.env.LOAD_PASSWORD
if (!password) { console.error('LOAD_PASSWORD is required'); process.exit(2) }

const stats = new Stats()
const acks = []
const counts = { arrivals: 0, unplaced: 0, timeouts: 0, connection: 0, unexpected: {} }
let readerPages = ['/', '/Dashboard', '/Consolidated', '/Reports']

/** One person: cookies, where they are in their morning, whether a request of theirs is in flight. */
function person (email, role) {
  return { email, role, jar: new CookieJar(), state: 'out', busy: false, saves: 0, reportId: null, form: null, tick: 0, step: 0 }
}

async function go (p, path, init = {}) {
  const res = await fetch(base + path, {
    ...init,
    redirect: 'manual',
    signal: AbortSignal.timeout(timeoutMs),
    headers: { ...(init.headers || {}), Cookie: p.jar.header() }
  })
  p.jar.update(res.headers.getSetCookie())
  return { status: res.status, body: await res.text(), location: res.headers.get('location') || '' }
}

function post (p, path, body) {
  return go(p, path, { method: 'POST', body, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })
}

async function signIn (p) {
  const token = antiforgeryToken((await go(p, '/Account/Login')).body)
  const res = await post(p, '/Account/Login', formBody([['Email', p.email], ['Password', password], ['__RequestVerificationToken', token]]))
  if (res.status !== 302 || /Account\/Login/i.test(res.location)) throw new Unexpected(`sign-in ${res.status}`)
  p.state = p.role === 'officer' ? 'in' : 'reading'
  return res
}

class Unexpected extends Error {}

/** The steps, each: who may take it now, and what it sends and expects. */
const steps = {
  signin: { who: p => p.role === 'officer' && p.state === 'out', run: signIn },
  list: {
    who: p => p.role === 'officer' && p.state === 'in',
    async run (p) {
      const res = await go(p, '/Reports')
      const m = /href="\/Reports\/Edit\/(\d+)"/.exec(res.body)
      if (res.status !== 200 || !m) throw new Unexpected(`list ${res.status}`)
      p.reportId = Number(m[1])
      p.state = 'listed'
      return res
    }
  },
  form: {
    who: p => p.role === 'officer' && ['listed', 'saved', 'submitted'].includes(p.state),
    async run (p) {
      const res = await go(p, `/Reports/Edit/${p.reportId}`)
      if (res.status !== 200) throw new Unexpected(`form ${res.status}`)
      if (p.state !== 'submitted') {
        const form = reportForm(res.body, p.reportId)
        if (!form) throw new Unexpected('form without fields')
        p.form = form
        p.state = p.saves > 0 ? 'ready-to-submit' : 'ready-to-save'
      }
      return res
    }
  },
  save: {
    who: p => p.state === 'ready-to-save',
    async run (p) {
      const res = await post(p, `/Reports/Edit/${p.reportId}`, formBody(fillReport(p.form, p.email, 0), { command: 'save' }))
      if (res.status !== 302) throw new Unexpected(`save ${res.status}`)
      p.saves++
      p.state = 'saved'
      return res
    }
  },
  submit: {
    who: p => p.state === 'ready-to-submit',
    async run (p) {
      const res = await post(p, `/Reports/Edit/${p.reportId}`, formBody(fillReport(p.form, p.email, 1), { command: 'submit' }))
      if (res.status !== 302 || !res.location.endsWith(`/Reports/Edit/${p.reportId}`)) throw new Unexpected(`submit ${res.status}`)
      acks.push({ reportId: p.reportId, submissionId: field(p.form, 'SubmissionId') })
      p.state = 'submitted'
      return res
    }
  },
  reviewer: {
    who: p => p.role === 'reader',
    async run (p) {
      const res = await go(p, readerPages[p.tick++ % readerPages.length])
      if (res.status !== 200) throw new Unexpected(`reviewer page ${res.status}`)
      return res
    }
  }
}

const people = [
  ...Array.from({ length: officers }, (_, i) => person(submitterEmail(first + i), 'officer')),
  ...Array.from({ length: readers }, (_, i) => person(readerEmail(i + 1), 'reader'))
]

/** An officer's morning, step by step: 1 sign-in, 1 list, 3 form views, 1 save, 1 submission. */
const JOURNEY = ['signin', 'list', 'form', 'save', 'form', 'submit', 'form']
let nextNew = 0

/**
 * Who takes the next step: a reviewer (share --reviewers of the arrivals, default 0.3) reading a page, or an
 * officer: a new one signing in (one officer step in seven, as a journey has seven) or one already on the way,
 * drawn at random among those with no request in flight.
 */
function draw () {
  if (signInOnly) return nextNew < officers ? ['signin', people[nextNew++]] : null
  const readersFree = people.filter(p => p.role === 'reader' && !p.busy)
  if (readersFree.length && Math.random() < reviewerShare) return ['reviewer', readersFree[Math.floor(Math.random() * readersFree.length)]]
  const going = people.filter(p => p.role === 'officer' && !p.busy && p.started && p.step < JOURNEY.length)
  const fresh = nextNew < officers ? people[nextNew] : null
  if (fresh && (going.length === 0 || Math.random() < 1 / JOURNEY.length)) { nextNew++; fresh.started = true; return [JOURNEY[0], fresh] }
  if (going.length) { const p = going[Math.floor(Math.random() * going.length)]; return [JOURNEY[p.step], p] }
  return readersFree.length ? ['reviewer', readersFree[0]] : null
}

async function arrive (scheduled) {
  counts.arrivals++
  const chosen = draw()
  if (!chosen) { counts.unplaced++; return }
  const [name, p] = chosen
  p.busy = true
  let status = 0
  try {
    status = (await steps[name].run(p)).status
    if (p.role === 'officer') p.step++
  } catch (e) {
    if (e instanceof Unexpected) counts.unexpected[e.message] = (counts.unexpected[e.message] || 0) + 1
    else if (e.name === 'TimeoutError') counts.timeouts++
    else counts.connection++
    status = e instanceof Unexpected ? Number(/\d{3}/.exec(e.message)?.[0] || 0) : 0
    // The same step again at the officer's next turn; a failed save or submission opens the form first.
    if (name === 'save' || name === 'submit') { p.state = 'listed'; p.step = JOURNEY.lastIndexOf('form', p.step) }
  } finally {
    p.busy = false
  }
  stats.record(name, status, performance.now() - scheduled)
}

async function main () {
  // Warm-up, as a portal that has been running would be: every reviewer signed in (reviewers keep their pages
  // open all morning; officers' sign-ins are part of the arrivals), every reviewer page read once.
  for (const p of people.filter(x => x.role === 'reader')) await signIn(p)
  const warm = people.find(p => p.role === 'reader')
  if (warm) for (const path of readerPages) await go(warm, path)
  console.log(`Open loop against ${base}: ${rate} arrivals/s for ${duration} s, ${officers} officers (from ${submitterEmail(first)}), ${readers} reviewers, reviewers' share ${reviewerShare}${signInOnly ? ', sign-ins only' : ''}`)
  const interval = 1000 / rate
  const start = performance.now()
  const inflight = new Set()
  for (let i = 0; ; i++) {
    const at = start + i * interval
    if (at - start >= duration * 1000) break
    const wait = at - performance.now()
    if (wait > 1) await new Promise(resolve => setTimeout(resolve, wait))
    const op = arrive(at).finally(() => inflight.delete(op))
    inflight.add(op)
  }
  await Promise.all(inflight)
  const seconds = (performance.now() - start) / 1000

  const kinds = stats.names
  const summary = name => stats.summary([name], duration)
  const pages = stats.summary(kinds.filter(k => ['list', 'form', 'reviewer'].includes(k)), duration)
  const result = {
    base, rate, duration, seconds: Math.round(seconds), officers, first, readers, reviewerShare, signInOnly, counts,
    acknowledged: acks.length,
    sent: kinds.reduce((n, k) => n + stats.kinds.get(k).samples.length, 0),
    pages,
    submit: summary('submit'),
    kinds: Object.fromEntries(kinds.map(k => [k, summary(k)]))
  }
  result.serverErrors = kinds.reduce((n, k) => n + Object.entries(stats.kinds.get(k).codes).filter(([c]) => c >= 500).reduce((m, [, v]) => m + v, 0), 0)
  result.sustained = pages.p95 !== null && pages.p95 <= 300 && (result.submit.p95 ?? 0) <= 300 && counts.timeouts === 0 && result.serverErrors === 0
  if (args.acks) fs.writeFileSync(args.acks, JSON.stringify(acks))
  if (args.out) fs.writeFileSync(args.out, JSON.stringify(result, null, 2))
  const row = (name, s) => console.log(`${name.padEnd(12)} ${String(s.count).padStart(6)} ${String(s.perSecond).padStart(6)}/s  p50 ${String(s.p50).padStart(7)} ms  p95 ${String(s.p95).padStart(7)} ms  p99 ${String(s.p99).padStart(7)} ms  codes ${JSON.stringify(s.codes)}`)
  console.log(`${counts.arrivals} arrivals (${counts.unplaced} found nobody free for any step), ${acks.length} submissions acknowledged; 5xx ${result.serverErrors}, timeouts ${counts.timeouts}, connection errors ${counts.connection}, unexpected ${JSON.stringify(counts.unexpected)}`)
  for (const k of kinds) row(k, result.kinds[k])
  row('pages', pages)
  console.log(result.sustained ? 'SUSTAINED: p95 ≤ 300 ms for pages and submissions' : 'NOT sustained (p95 > 300 ms, a timeout or a 5xx)')
}

main().catch(e => { console.error(e); process.exit(1) })
