'use strict'
// The two kinds of virtual users as small state machines. Each autocannon connection is one user with its
// own cookies and antiforgery token; `next` says what the user sends now, `handle` reads the answer.
const { CookieJar, header, antiforgeryToken, reportForm, fillReport, formBody, field } = require('./portal')

const FORM = 'application/x-www-form-urlencoded'
const submitterEmail = i => `xa.${String(i).padStart(4, '0')}@kiemthu.local`
const readerEmail = i => `doc.${String(i).padStart(2, '0')}@kiemthu.local`

function session (role, index, email, password) {
  return { role, index, email, password, jar: new CookieJar(), phase: 'loginPage', inflight: 'login-page', token: null, failures: 0, tick: 0 }
}

function get (s, kind, path) { return { kind, method: 'GET', path, headers: { Cookie: s.jar.header() } } }

function post (s, kind, path, body) {
  return { kind, method: 'POST', path, body, headers: { Cookie: s.jar.header(), 'Content-Type': FORM } }
}

function loginRequest (s) {
  return s.phase === 'loginPage'
    ? get(s, 'login-page', '/Account/Login')
    : post(s, 'sign-in', '/Account/Login', formBody([['Email', s.email], ['Password', s.password], ['__RequestVerificationToken', s.token]]))
}

/** Sign-in steps shared by both roles; true when the answer was for one of them. */
function handleLogin (s, status, body, location) {
  if (s.phase === 'loginPage') {
    s.token = status === 200 ? antiforgeryToken(body) : null
    if (s.token) s.phase = 'loginPost'
    return true
  }
  if (s.phase === 'loginPost') {
    if (status === 302 && !/Account\/Login/i.test(location || '')) {
      s.phase = s.afterLogin
    } else {
      s.failures++
      s.phase = s.failures >= 3 ? 'failed' : 'loginPage'
    }
    return true
  }
  return false
}

function submitter (index, password, run) {
  const s = session('submitter', index, submitterEmail(index), password)
  s.afterLogin = 'list'
  s.doubleClick = index % run.doubleEvery === 0
  s.saves = 0

  s.next = () => {
    switch (s.phase) {
      case 'loginPage': case 'loginPost': return loginRequest(s)
      case 'list': return get(s, 'report-list', '/Reports')
      case 'open': return get(s, 'report-open', `/Reports/Edit/${s.reportId}`)
      case 'save': return post(s, 'save', `/Reports/Edit/${s.reportId}`, formBody(fillReport(s.form, s.email, s.saves), { command: 'save' }))
      case 'submit':
        s.submitBody = s.submitBody || formBody(fillReport(s.form, s.email, s.saves), { command: 'submit' })
        return post(s, 'submit', `/Reports/Edit/${s.reportId}`, s.submitBody)
      case 'confirm': return get(s, 'confirm', `/Reports/Edit/${s.reportId}`)
      case 'again': return post(s, 'submit-again', `/Reports/Edit/${s.reportId}`, s.submitBody)
      case 'status': return s.tick++ % 2 ? get(s, 'status-read', '/Reports') : get(s, 'status-read', `/Reports/Edit/${s.reportId}`)
      default: return get(s, 'failed', '/Account/Login')
    }
  }

  s.handle = (status, body, headers) => {
    const location = header(headers, 'location')
    s.jar.update(header(headers, 'set-cookie'))
    if (status >= 500) return // the same step again (a submit keeps its SubmissionId, so a retry is safe)
    if (handleLogin(s, status, body, location)) return
    if (status === 302 && /Account\/Login/i.test(location || '')) { s.phase = 'loginPage'; return }
    switch (s.phase) {
      case 'list': {
        const m = /href="\/Reports\/Edit\/(\d+)"/.exec(body)
        if (m) { s.reportId = Number(m[1]); s.phase = 'open' }
        break
      }
      case 'open': {
        const form = status === 200 ? reportForm(body, s.reportId) : null
        if (form && form.some(([k]) => /^Narratives\[\d+\]\.Text$/.test(k))) {
          s.form = form
          s.phase = s.saves < run.saves ? 'save' : 'submit'
        } else if (status === 200) {
          s.phase = 'status' // already submitted (e.g. the answer to an earlier submit was lost)
        }
        break
      }
      case 'save':
        s.saves++
        s.phase = 'open'
        break
      case 'submit':
        if (status === 302 && location && location.endsWith(`/Reports/Edit/${s.reportId}`)) {
          run.ack({ reportId: s.reportId, submissionId: field(s.form, 'SubmissionId'), at: Date.now() })
          s.phase = 'confirm'
        } else {
          s.submitBody = null // invalid or conflict: open the form again and submit what is there now
          s.phase = 'open'
        }
        break
      case 'confirm':
        if (/Đã nộp báo cáo|đã được nộp/.test(body)) run.confirmed++
        s.phase = s.doubleClick ? 'again' : 'status'
        break
      case 'again':
        if (status === 302) run.doubleAccepted++
        s.phase = 'status'
        break
    }
  }
  return s
}

function reader (index, password, run) {
  const s = session('reader', index, readerEmail(index), password)
  s.afterLogin = 'read'
  s.next = () => {
    if (s.phase !== 'read') return s.phase === 'failed' ? get(s, 'failed', '/Account/Login') : loginRequest(s)
    const path = run.readerPages[s.tick++ % run.readerPages.length]
    return get(s, 'reader ' + path.replace(/\d+$/, '{id}'), path)
  }
  s.handle = (status, body, headers) => {
    const location = header(headers, 'location')
    s.jar.update(header(headers, 'set-cookie'))
    if (status >= 500 || handleLogin(s, status, body, location)) return
    if (status === 302 && /Account\/Login/i.test(location || '')) s.phase = 'loginPage'
  }
  return s
}

module.exports = { submitter, reader, submitterEmail, readerEmail }
