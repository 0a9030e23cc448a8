# Usage: python3 scripts/transition-preview-counts.py http://127.0.0.1:5098  (a portal on a fresh embedded database, Demo enabled)
# Signs in as the demo administrator (real clock: December 2026), previews what "Chuyển tiếp sau sắp xếp" still
# proposes with every default, and prints what it would change. A fresh demo has applied the plans part on start
# (Setup/DemoTransition), so what remains there is the accounts of the ended bodies.
import html, re, sys, urllib.parse, urllib.request, http.cookiejar
base = sys.argv[1]
jar = http.cookiejar.CookieJar()
class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k): return None
op = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
def get(path):
    return op.open(base + path).read().decode()
def post(path, fields):
    try: r = op.open(base + path, urllib.parse.urlencode(fields).encode()); return r.status, r.read().decode()
    except urllib.error.HTTPError as e: return e.code, e.read().decode()
token = lambda page: html.unescape(re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', page).group(1))
print('login', post('/Account/Login', {'Email': 'admin@hoctap.local', 'Password': 'Demo@12345', '__RequestVerificationToken': token(get('/Account/Login'))})[0])
page = html.unescape(get('/Admin/Transition'))
form = page[page.index('action="/Admin/Transition/Preview"'):]
form = form[:form.index('</form>')]
fields = [('__RequestVerificationToken', token(page))]
for m in re.finditer(r'<select[^>]*name="([^"]+)"[^>]*>(.*?)</select>', form, re.S):
    sel = re.search(r'<option value="([^"]*)" selected', m.group(2)) or re.search(r'<option value="([^"]*)"', m.group(2))
    fields.append((m.group(1), sel.group(1)))
plans = re.findall(r'<h3 class="h6" id="kh-\d+"><a [^>]*>([^<]+)</a>', page)
print('plans listed:', len(plans), plans)
print('open periods listed:', page.count('Kỳ đang mở:'), re.findall(r'Kỳ đang mở: ([^—]+)', page))
print('future periods of continued plans:', re.findall(r'Các kỳ năm (\d+–\d+) \((\d+) kỳ\)', page))
print('rule rows listed:', page.count('data-label="Báo cáo"'), '; reporter choices restricted to a district\'s successor communes (proposed):',
      len(re.findall(r'selected="selected">Các xã, phường kế nhiệm', page)))
print('accounts listed:', len(re.findall(r'name="Choices\[user-', page)))
status, preview = post('/Admin/Transition/Preview', fields)
preview = html.unescape(preview)
print('preview', status)
for label, n in re.findall(r'<li class="list-inline-item[^>]*>([^:<]+): <strong>(\d+)</strong>', preview): print(' ', label, n)
lines = re.findall(r'<li>([^<]+)</li>', preview[preview.index('<ol'):preview.index('</ol>')])
print('changes:', len(lines))
print('  of which a reporter moved to a group of communes:', sum('cơ quan báo cáo → Các xã, phường kế nhiệm' in l for l in lines))
for l in lines: print('   -', l)
