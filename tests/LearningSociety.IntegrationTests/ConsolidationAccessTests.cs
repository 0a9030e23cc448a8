using System.Net;
using LearningSociety.IntegrationTests.Infrastructure;

namespace LearningSociety.IntegrationTests;

/// <summary>
/// Consolidated figures only for units inside the user's own subtree (an administrator: all),
/// on the pages and in the API, whatever ids are typed into the query string.
/// </summary>
public sealed class ConsolidationAccessTests(ConsolidationAccessTests.Portal portal) : IClassFixture<ConsolidationAccessTests.Portal>
{
    public sealed class Portal : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();

        public Dictionary<string, int> Ids { get; } = [];

        public async Task InitializeAsync()
        {
            Factory.CreatePortalClient();
            Ids["canduoc-period"] = await Factory.PeriodIdAsync("KH-BCĐ");
            Ids["thapmuoi-period"] = await Factory.PeriodIdAsync("KH-UBND");
            Ids["longan"] = await Factory.UnitIdAsync(Consolidations.LongAn);
            Ids["canduoc"] = await Factory.UnitIdAsync(Consolidations.CanDuoc);
            Ids["dongthap"] = await Factory.UnitIdAsync(Consolidations.DongThap);
            Ids["thapmuoi"] = await Factory.UnitIdAsync(Consolidations.ThapMuoi);
            Ids["longhuudong"] = await Factory.UnitIdAsync("28144");
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    public enum Answer
    {
        Ok,
        NotFound,
        Forbidden,
    }

    public static TheoryData<string, string, string, Answer> Matrix() => new()
    {
        // user, period, unit, answer
        { "phong.gddt.canduoc@hoctap.local", "canduoc-period", "canduoc", Answer.Ok },
        { "phong.gddt.canduoc@hoctap.local", "canduoc-period", "longhuudong", Answer.Ok },
        { "phong.gddt.canduoc@hoctap.local", "canduoc-period", "thapmuoi", Answer.Forbidden },
        { "phong.gddt.canduoc@hoctap.local", "canduoc-period", "dongthap", Answer.Forbidden },
        { "phong.gddt.canduoc@hoctap.local", "canduoc-period", "longan", Answer.Forbidden },
        { "phong.gddt.canduoc@hoctap.local", "thapmuoi-period", "thapmuoi", Answer.NotFound },
        { "phong.gddt.canduoc@hoctap.local", "thapmuoi-period", "canduoc", Answer.NotFound },
        { "so.gddt@hoctap.local", "canduoc-period", "longan", Answer.Ok },
        { "so.gddt@hoctap.local", "canduoc-period", "canduoc", Answer.Ok },
        { "so.gddt@hoctap.local", "canduoc-period", "thapmuoi", Answer.Forbidden },
        { "so.gddt@hoctap.local", "thapmuoi-period", "dongthap", Answer.NotFound },
        { "lanhdao@hoctap.local", "canduoc-period", "longan", Answer.Ok },
        { "lanhdao@hoctap.local", "canduoc-period", "dongthap", Answer.Forbidden },
        { "admin@hoctap.local", "thapmuoi-period", "thapmuoi", Answer.Ok },
        { "admin@hoctap.local", "canduoc-period", "canduoc", Answer.Ok },
        // Filers see their own reports, never a consolidation.
        { "xa.longhuudong@hoctap.local", "canduoc-period", "longhuudong", Answer.Forbidden },
        { "mttq.canduoc@hoctap.local", "canduoc-period", "canduoc", Answer.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_user_reads_only_the_consolidations_of_their_own_subtree(string email, string period, string unit, Answer answer)
    {
        var client = await portal.Factory.SignedInAsync(email);
        var periodId = portal.Ids[period];
        var unitId = portal.Ids[unit];

        var api = await client.GetAsync(Consolidations.Url("/api/consolidated", periodId, unitId));
        Assert.Equal(answer switch { Answer.Ok => HttpStatusCode.OK, Answer.NotFound => HttpStatusCode.NotFound, _ => HttpStatusCode.Forbidden }, api.StatusCode);

        foreach (var page in new[] { "/Consolidated", "/Dashboard" })
        {
            var response = await client.GetAsync(Consolidations.Url(page, periodId, unitId));
            switch (answer)
            {
                case Answer.Ok:
                    Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                    break;
                case Answer.NotFound:
                    Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                    break;
                default:
                    Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                    Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
                    break;
            }
        }
    }

    [Fact]
    public async Task A_district_officer_editing_the_unit_id_never_sees_another_districts_figures()
    {
        var client = await portal.Factory.SignedInAsync("phong.gddt.canduoc@hoctap.local");
        foreach (var period in new[] { portal.Ids["canduoc-period"], portal.Ids["thapmuoi-period"] })
        {
            var page = await client.GetAsync(Consolidations.Url("/Consolidated", period, portal.Ids["thapmuoi"]));
            var html = await page.Content.ReadAsStringAsync();
            Assert.NotEqual(HttpStatusCode.OK, page.StatusCode);
            Assert.DoesNotContain("Tháp Mười", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Mỹ Quý", html, StringComparison.Ordinal);

            var api = await client.GetAsync(Consolidations.Url("/api/consolidated", period, portal.Ids["thapmuoi"]));
            Assert.NotEqual(HttpStatusCode.OK, api.StatusCode);
            Assert.DoesNotContain("Mỹ Quý", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The period switch only offers periods with reports in the officer's own subtree.
        var own = await client.GetStringAsync("/Consolidated");
        Assert.Contains("KH-BCĐ", own, StringComparison.Ordinal);
        Assert.DoesNotContain("770/KH-UBND", own, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_answers_401_without_a_session_instead_of_a_sign_in_page()
    {
        var response = await portal.Factory.CreatePortalClient().GetAsync(Consolidations.Url("/api/consolidated", portal.Ids["canduoc-period"], portal.Ids["canduoc"]));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_unit_or_period_is_not_found()
    {
        var client = await portal.Factory.SignedInAsync("admin@hoctap.local");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Consolidations.Url("/api/consolidated", 99_999, portal.Ids["canduoc"]))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Consolidations.Url("/api/consolidated", portal.Ids["canduoc-period"], 99_999))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Consolidations.Url("/Consolidated", portal.Ids["canduoc-period"], 99_999))).StatusCode);
    }
}
