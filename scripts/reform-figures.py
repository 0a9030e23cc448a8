# Usage: python3 scripts/reform-figures.py http://localhost:5080  (the demo portal, real clock: December 2026)
# Signs in as the Sở GD&ĐT of the new Tây Ninh and prints, from /api/consolidated, the Cần Đước plan (…/KH-BCĐ) across
# the reform: its 2024 period under today's units and as reported, and its 2026 period.
import html, json, re, sys, urllib.parse, urllib.request, http.cookiejar
base = sys.argv[1]
op = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
get = lambda p: op.open(base + p).read().decode()
token = lambda page: html.unescape(re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', page).group(1))
op.open(base + '/Account/Login', urllib.parse.urlencode({'Email': 'so.gddt.tayninh@hoctap.local', 'Password': 'Demo@12345',
    '__RequestVerificationToken': token(get('/Account/Login'))}).encode())
# The period list of the dashboard's select: "Năm 2024 · …/KH-BCĐ (…)".
options = re.findall(r'<option value="(\d+)"[^>]*>([^<]+)</option>', html.unescape(get('/Dashboard')))
def period(year):
    return next(i for i, label in options if label.startswith(f'Năm {year} · …/KH-BCĐ'))
def show(title, query):
    a = json.loads(get('/api/consolidated?' + query))
    print(f"{title}: {a['unit']['name']} · expected {a['expected']}, received {a['received']}, on time {a['onTime']}, "
          f"completeness {a['completeness']} %, timeliness {a['timeliness']} %")
    for t in a['targets']:
        print(f"   {t['code']} ({t['kind']}): {t['numerator']}/{t['denominator']} = {t['value']} %  [không có số: {t['missing']}]")
show('2024, theo đơn vị hiện nay', f"periodId={period(2024)}&approvedOnly=false&view=current")
show('2024, theo đơn vị khi báo cáo', f"periodId={period(2024)}&approvedOnly=false&view=reported")
show('2026', f"periodId={period(2026)}&approvedOnly=false")
