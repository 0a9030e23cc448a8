'use strict'
// What a browser does with the portal's pages, without a browser: cookies, the antiforgery token,
// the fields of the report form. Shared by the load test (autocannon) and the crash test (fetch).

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" }

function htmlDecode (s) {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
    return ENTITIES[e] ?? m
  })
}

/** Keeps the cookies the portal sets (antiforgery, sign-in, TempData) and drops the ones it expires. */
class CookieJar {
  constructor () { this.cookies = new Map() }

  update (setCookie) {
    if (!setCookie) return
    for (const line of Array.isArray(setCookie) ? setCookie : [setCookie]) {
      const [pair, ...attrs] = line.split(';')
      const eq = pair.indexOf('=')
      const name = pair.slice(0, eq).trim()
      const value = pair.slice(eq + 1).trim()
      const expired = attrs.some(a => /^\s*expires=.*19(70|69)/i.test(a) || /^\s*max-age=0/i.test(a))
      if (!value || expired) this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
  }

  header () { return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') }
}

function header (headers, name) {
  const key = Object.keys(headers || {}).find(k => k.toLowerCase() === name)
  return key === undefined ? undefined : headers[key]
}

function antiforgeryToken (html) {
  const m = /name="__RequestVerificationToken" type="hidden" value="([^"]+)"/.exec(html)
  return m ? htmlDecode(m[1]) : null
}

/** The named fields of the report form as a browser would post them (disabled fields are not sent). */
function reportForm (html, reportId) {
  const start = html.indexOf(`action="/Reports/Edit/${reportId}"`)
  if (start < 0) return null
  const form = html.slice(start, html.indexOf('</form>', start))
  const fields = []
  for (const m of form.matchAll(/<input\b[^>]*>/g)) {
    const tag = m[0]
    const name = /\bname="([^"]+)"/.exec(tag)
    if (!name || /\bdisabled\b/.test(tag) || /type="(file|submit|button)"/.test(tag)) continue
    const value = /\bvalue="([^"]*)"/.exec(tag)
    fields.push([htmlDecode(name[1]), value ? htmlDecode(value[1]) : ''])
  }
  for (const m of form.matchAll(/<textarea\b([^>]*)>([^<]*)<\/textarea>/g)) {
    const name = /\bname="([^"]+)"/.exec(m[1])
    if (name && !/\bdisabled\b/.test(m[1])) fields.push([htmlDecode(name[1]), htmlDecode(m[2])])
  }
  for (const m of form.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    const name = /\bname="([^"]+)"/.exec(m[1])
    if (!name || /\bdisabled\b/.test(m[1])) continue
    const selected = /<option[^>]*value="([^"]*)"[^>]*selected/.exec(m[2]) || /<option[^>]*value="([^"]*)"/.exec(m[2])
    fields.push([htmlDecode(name[1]), selected ? htmlDecode(selected[1]) : ''])
  }
  return fields.some(([k]) => k === 'SubmissionId') ? fields : null
}

/** Fills the report the way a commune officer would: progress, figures, and every narrative section. */
function fillReport (fields, who, round) {
  const filled = fields.map(([k, v]) => {
    if (/^Tasks\[\d+\]\.Progress$/.test(k)) return [k, 'InProgress']
    if (/^Tasks\[\d+\]\.Percent$/.test(k)) return [k, String(Math.min(90, 40 + round * 5))]
    if (/^Tasks\[\d+\]\.Done$/.test(k)) return [k, `Đã tổ chức ${3 + round} buổi tuyên truyền về học tập suốt đời tại các ấp, khu phố.`]
    if (/^Targets\[\d+\]\.Numerator$/.test(k)) return [k, '812']
    if (/^Targets\[\d+\]\.Denominator$/.test(k)) return [k, '950']
    if (/^Targets\[\d+\]\.Count$/.test(k)) return [k, '12']
    if (/^Narratives\[\d+\]\.Text$/.test(k)) return [k, `${who}: năm 2024 đã triển khai kế hoạch xây dựng xã hội học tập, duy trì Trung tâm học tập cộng đồng (lần lưu ${round + 1}).`]
    return [k, v]
  })
  return filled
}

function formBody (fields, extra) {
  const params = new URLSearchParams()
  for (const [k, v] of fields) params.append(k, v)
  for (const [k, v] of Object.entries(extra || {})) params.set(k, v)
  return params.toString()
}

function field (fields, name) {
  const f = fields.find(([k]) => k === name)
  return f ? f[1] : undefined
}

module.exports = { CookieJar, header, htmlDecode, antiforgeryToken, reportForm, fillReport, formBody, field }
