'use strict'
// A stream of commune officers submitting their reports, a few at a time, until every user is done or the
// portal stops answering (it is killed by kill9.sh). Each acknowledged submission (302 back to the report)
// is appended to an NDJSON file at once, so the record survives whatever happens to the portal.
// Usage: LOAD_PASSWORD=… node stream.js --base http://127.0.0.1:5092 --users 300 [--from 1] --concurrency 20 --acks acks.ndjson
const fs = require('fs')
const { CookieJar, antiforgeryToken, reportForm, fillReport, formBody, field } = require('../load/lib/portal')

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc, []))
const base = args.base.replace(/\/$/, '')
const users = Number(args.users || 300)
const concurrency = Number(args.concurrency || 20)
const password = process.env.LOAD_PASSWORD
const ackFile = fs.openSync(args.acks, 'a')
let next = Number(args.from || 1)
let down = false
const counts = { acknowledged: 0, alreadySubmitted: 0, failed: 0 }

async function submit (index) {
  const email = `xa.${String(index).padStart(4, '0')}@kiemthu.local`
  const jar = new CookieJar()
  const go = async (path, body) => {
    const res = await fetch(base + path, {
      method: body ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { Cookie: jar.header(), ...(body ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}) },
      body
    })
    jar.update(res.headers.getSetCookie())
    return { status: res.status, body: await res.text(), location: res.headers.get('location') || '' }
  }
  const token = antiforgeryToken((await go('/Account/Login')).body)
  const login = await go('/Account/Login', formBody([['Email', email], ['Password', password], ['__RequestVerificationToken', token]]))
  if (login.status !== 302) { counts.failed++; return }
  const id = Number((/href="\/Reports\/Edit\/(\d+)"/.exec((await go('/Reports')).body) || [])[1])
  const form = reportForm((await go(`/Reports/Edit/${id}`)).body, id)
  if (!form || !form.some(([k]) => /^Narratives\[\d+\]\.Text$/.test(k))) { counts.alreadySubmitted++; return } // submitted earlier, perhaps without an answer
  const answer = await go(`/Reports/Edit/${id}`, formBody(fillReport(form, email, 0), { command: 'submit' }))
  if (answer.status === 302 && answer.location.endsWith(`/Reports/Edit/${id}`)) {
    fs.writeSync(ackFile, JSON.stringify({ reportId: id, submissionId: field(form, 'SubmissionId') }) + '\n')
    fs.fsyncSync(ackFile)
    counts.acknowledged++
  } else {
    counts.failed++
  }
}

async function worker () {
  while (!down && next <= users) {
    const index = next++
    try {
      await submit(index)
    } catch (e) {
      down = true // connection refused or reset: the portal is gone
    }
  }
}

Promise.all(Array.from({ length: concurrency }, worker)).then(() => {
  console.log(JSON.stringify({ ...counts, stoppedBecausePortalDown: down, lastUserStarted: next - 1 }))
})
