'use strict'
// Deadline day: N commune officers sign in, open their report, save a draft, submit it (every 4th clicks
// "Nộp" twice) and keep checking it, while R leaders read dashboard-like pages, for DURATION seconds.
// Usage: LOAD_PASSWORD=… node deadline-day.js --base http://127.0.0.1:5090 --users 320 --readers 50 --duration 120 --acks acks.json --out result.json
const fs = require('fs')
const autocannon = require('autocannon')
const { CookieJar, header, antiforgeryToken, formBody } = require('./lib/portal')
const { submitter, reader, readerEmail, submitterEmail } = require('./lib/flows')
const { Stats } = require('./lib/stats')

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc, []))
const base = (args.base || 'http://127.0.0.1:5090').replace(/\/$/, '')
const users = Number(args.users || 320)
const readers = Number(args.readers || 50)
const duration = Number(args.duration || 120)
const password = process.env.LOAD_PASSWORD
if (!password) { console.error('LOAD_PASSWORD is required'); process.exit(2) }

const stats = new Stats()
const run = { acks: [], confirmed: 0, doubleAccepted: 0, doubleEvery: Number(args['double-every'] || 4), saves: Number(args.saves || 1), readerPages: [] }
run.ack = a => run.acks.push(a)
const errors = { timeouts: 0, connection: 0 }

/** One user through fetch: used before the run to find pages and warm the portal up. */
async function browse (email) {
  const jar = new CookieJar()
  const go = async (path, init = {}) => {
    const res = await fetch(base + path, { ...init, redirect: 'manual', headers: { ...(init.headers || {}), Cookie: jar.header() } })
    jar.update(res.headers.getSetCookie())
    return { status: res.status, body: await res.text(), location: res.headers.get('location') }
  }
  const token = antiforgeryToken((await go('/Account/Login')).body)
  const login = await go('/Account/Login', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: formBody([['Email', email], ['Password', password], ['__RequestVerificationToken', token]]) })
  if (login.status !== 302) throw new Error(`sign-in of ${email} failed (${login.status}): was load-fixture run with this password?`)
  return go
}

async function prepare () {
  if (readers > 0) await prepareReaders()
  // Warm-up of the commune pages with the last officer (who will sign in again during the run).
  const warm = await browse(submitterEmail(users))
  await warm('/Reports')
}

async function prepareReaders () {
  const go = await browse(readerEmail(1))
  const plans = (await go('/Plans')).body
  const plan = /href="\/Plans\/Details\/(\d+)"[^>]*>01\/KH-KTT</.exec(plans) || /href="\/Plans\/Details\/(\d+)"/.exec(plans)
  const candidates = ['/', '/Reports', '/Plans', `/Plans/Details/${plan[1]}`, '/Dashboard', '/Consolidated']
  for (const path of candidates) {
    const { status } = await go(path)
    if (status === 404) { console.log(`  ${path}: 404, skipped`); continue }
    if (status !== 200) console.log(`  ${path}: ${status}`)
    run.readerPages.push(path)
  }
  // Warm-up: compile the pages and the save path once, as a portal that has been running would have.
  for (let i = 0; i < 3; i++) for (const path of run.readerPages) await go(path)
}

function instance (count, make) {
  const sessions = []
  let next = 1
  const ac = autocannon({
    url: base,
    connections: count,
    duration,
    timeout: 60,
    initialContext: {},
    setupClient (client) {
      const slot = sessions.length
      sessions.push(make(next++))
      client.lsSlot = slot
      // Each connection keeps its user across requests: the context carries only the slot.
      client.requestIterator.initialContext = { slot }
      client.requestIterator.resetContext()
    },
    requests: [{
      setupRequest (req, context) {
        const s = sessions[context.slot]
        const r = s ? s.next() : { kind: 'login-page', method: 'GET', path: '/Account/Login', headers: {} }
        if (s) s.inflight = r.kind
        return { ...req, method: r.method, path: r.path, headers: r.headers, body: r.body || '' }
      },
      onResponse (status, body, context, headers) {
        const s = sessions[context.slot]
        if (s) s.handle(status, body, headers)
      }
    }]
  })
  ac.on('response', (client, status, bytes, ms) => stats.record(sessions[client.lsSlot].inflight, status, ms))
  ac.on('reqError', e => { if (/timed out/.test(e.message)) errors.timeouts++; else errors.connection++ })
  return new Promise(resolve => ac.on('done', resolve))
}

async function main () {
  console.log(`Preparing against ${base} …`)
  await prepare()
  console.log(`Reader pages: ${run.readerPages.join(' ')}`)
  console.log(`Running ${duration} s: ${users} commune officers, ${readers} readers`)
  const started = Date.now()
  await Promise.all([
    instance(users, i => submitter(i, password, run)),
    readers > 0 ? instance(readers, i => reader(i, password, run)) : Promise.resolve()
  ])
  const seconds = (Date.now() - started) / 1000
  const acks = run.acks
  const lastAck = acks.length ? (Math.max(...acks.map(a => a.at)) - started) / 1000 : null
  const all = stats.names
  const result = {
    base, users, readers, duration, seconds: Math.round(seconds),
    acknowledged: new Set(acks.map(a => a.reportId)).size,
    allSubmittedAfterSeconds: lastAck === null ? null : Math.round(lastAck * 10) / 10,
    confirmedOnPage: run.confirmed,
    doubleSubmitsAnswered: run.doubleAccepted,
    errors,
    serverErrors: all.reduce((n, k) => n + Object.entries(stats.kinds.get(k).codes).filter(([c]) => c >= 500).reduce((m, [, v]) => m + v, 0), 0),
    total: stats.summary(all, seconds),
    submit: stats.summary(['submit'], seconds),
    writes: stats.summary(['save', 'submit', 'submit-again'], seconds),
    signIn: stats.summary(['sign-in'], seconds),
    communeReads: stats.summary(['login-page', 'report-list', 'report-open', 'confirm', 'status-read'], seconds),
    readerPages: stats.summary(all.filter(k => k.startsWith('reader ')), seconds),
    kinds: Object.fromEntries(all.map(k => [k, stats.summary([k], seconds)]))
  }
  if (lastAck) result.submitsPerSecondWhileSubmitting = Math.round((result.acknowledged / lastAck) * 10) / 10
  if (args.acks) fs.writeFileSync(args.acks, JSON.stringify(acks.map(({ reportId, submissionId }) => ({ reportId, submissionId }))))
  if (args.out) fs.writeFileSync(args.out, JSON.stringify(result, null, 2))
  const row = (name, s) => console.log(`${name.padEnd(26)} ${String(s.count).padStart(6)} ${String(s.perSecond).padStart(6)}/s (${String(s.perActiveSecond).padStart(6)}/s active)  p50 ${String(s.p50).padStart(7)} ms  p95 ${String(s.p95).padStart(7)} ms  p99 ${String(s.p99).padStart(7)} ms  codes ${JSON.stringify(s.codes)}`)
  console.log(`\n${result.acknowledged}/${users} submissions acknowledged, the last after ${result.allSubmittedAfterSeconds} s; ${run.confirmed} confirmed on the page; ${run.doubleAccepted} double clicks answered`)
  console.log(`5xx: ${result.serverErrors}, timeouts: ${errors.timeouts}, connection errors: ${errors.connection}`)
  row('submit (POST)', result.submit)
  row('all writes', result.writes)
  row('sign-in (POST)', result.signIn)
  row('commune pages (GET)', result.communeReads)
  row('reader pages (GET)', result.readerPages)
  row('everything', result.total)
  for (const [k, s] of Object.entries(result.kinds)) row('  ' + k, s)
}

main().catch(e => { console.error(e); process.exit(1) })
