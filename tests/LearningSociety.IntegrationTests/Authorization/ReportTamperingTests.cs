using System.Net;
using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Reporting;
using LearningSociety.Domain.Units;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.IntegrationTests.Authorization;

/// <summary>
/// A commune officer edits ids in the URL and in the form's hidden fields to reach another unit's
/// report: every attempt is refused and the database is left exactly as it was.
/// </summary>
public sealed class ReportTamperingTests(ReportTamperingTests.Portal portal) : IClassFixture<ReportTamperingTests.Portal>
{
    public const string Commune = "xa.longhuudong@hoctap.local";
    public const string District = "phong.gddt.canduoc@hoctap.local";

    public sealed class Portal : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();

        /// <summary>Long Hựu Đông's own report (returned, so editable).</summary>
        public int Own { get; private set; }

        /// <summary>A neighbouring commune's draft: editable by its owner, never by Long Hựu Đông.</summary>
        public int Neighbour { get; private set; }

        /// <summary>A neighbouring commune's submitted report, waiting for the district's review.</summary>
        public int NeighbourSubmitted { get; private set; }

        /// <summary>A submitted commune report of Tháp Mười, in another province.</summary>
        public int ThapMuoiSubmitted { get; private set; }

        public HttpClient CommuneClient { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Factory.CreatePortalClient();
            (Own, Neighbour, NeighbourSubmitted, ThapMuoiSubmitted) = await Factory.WithDbAsync(async db =>
            {
                var communes = db.Reports.Where(r => r.Agency!.Kind == AgencyKind.PeoplesCommittee && r.Agency.Unit!.Level == UnitLevel.Commune);
                return (
                    await db.Reports.Where(r => r.Agency!.Key == "28144:ubnd").Select(r => r.Id).SingleAsync(),
                    await communes.Where(r => r.Period!.Plan!.Symbol == "KH-BCĐ" && r.Status == ReportStatus.Draft && r.Agency!.Key != "28144:ubnd").OrderBy(r => r.Id).Select(r => r.Id).FirstAsync(),
                    await communes.Where(r => r.Period!.Plan!.Symbol == "KH-BCĐ" && r.Status == ReportStatus.Submitted).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync(),
                    await communes.Where(r => r.Period!.Plan!.Number == "770" && r.Status == ReportStatus.Submitted).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync());
            });
            CommuneClient = await Factory.SignedInAsync(Commune);
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();

        /// <summary>Everything a save, submit, review or upload could change on a report, as one comparable string.</summary>
        public Task<string> SnapshotAsync(int reportId) =>
            Factory.WithDbAsync(async db =>
            {
                var r = await db.Reports.AsNoTracking().Include(x => x.Tasks).Include(x => x.Targets).Include(x => x.Narratives).Include(x => x.Attachments)
                    .AsSplitQuery().SingleAsync(x => x.Id == reportId);
                var events = await db.ReportEvents.CountAsync(e => e.ReportId == reportId);
                return string.Join(" | ",
                    $"v{r.Version} {r.Status} saved={r.LastSavedAt:O} by={r.LastSavedBy} submitted={r.SubmittedAt:O} comment={r.ReviewComment} events={events}",
                    string.Join(";", r.Tasks.OrderBy(t => t.PlanItemId).Select(t => $"{t.PlanItemId}:{t.Progress}:{t.Percent}:{t.Done}")),
                    string.Join(";", r.Targets.OrderBy(t => t.TargetId).Select(t => $"{t.TargetId}:{t.Numerator}:{t.Denominator}:{t.Count}")),
                    string.Join(";", r.Narratives.OrderBy(n => n.Number).Select(n => $"{n.Number}:{n.Text}")),
                    string.Join(";", r.Attachments.OrderBy(a => a.Id).Select(a => $"{a.Id}:{a.StoredName}")));
            });

        public int UploadedFiles => Directory.Exists(UploadsFolder) ? Directory.GetFiles(UploadsFolder).Length : 0;

        public string UploadsFolder => Path.Combine(Factory.Folder, "uploads");

        /// <summary>An attachment of someone else's report, stored as the portal stores them.</summary>
        public async Task<(int Id, string Path)> AttachmentOfAsync(int reportId)
        {
            var stored = Guid.NewGuid().ToString("N");
            Directory.CreateDirectory(UploadsFolder);
            var path = System.IO.Path.Combine(UploadsFolder, stored);
            await File.WriteAllTextAsync(path, "%PDF-1.7 minh chứng của xã khác");
            var id = await Factory.WithDbAsync(async db =>
            {
                var a = new ReportAttachment { ReportId = reportId, FileName = "minh-chung.pdf", StoredName = stored, ContentType = "application/pdf", Size = 30, UploadedAt = Factory.Clock.GetUtcNow() };
                db.ReportAttachments.Add(a);
                await db.SaveChangesAsync();
                return a.Id;
            });
            return (id, path);
        }
    }

    [Theory]
    [InlineData("save")]
    [InlineData("submit")]
    public async Task Posting_ones_own_form_to_a_neighbours_report_id_is_refused_and_changes_nothing(string command)
    {
        var form = await ReportForm.ReadAsync(portal.CommuneClient, portal.Own);
        form[ReportForm.FirstNarrative(form)] = "Ghi đè báo cáo của xã khác.";
        form["Version"] = (await VersionAsync(portal.Neighbour)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var before = await portal.SnapshotAsync(portal.Neighbour);

        var response = await ReportForm.PostAsync(portal.CommuneClient, portal.Neighbour, form, command);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await portal.SnapshotAsync(portal.Neighbour));
    }

    [Fact]
    public async Task Task_and_target_ids_of_another_plan_in_hidden_fields_are_never_written()
    {
        var (foreignTask, ownSection, foreignTarget) = await portal.Factory.WithDbAsync(async db => (
            await db.PlanItems.Where(i => db.Plans.Any(p => p.Id == i.PlanId && p.Number == "770") && i.IsTask).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync(),
            await db.PlanItems.Where(i => db.Plans.Any(p => p.Id == i.PlanId && p.Symbol == "KH-BCĐ") && !i.IsTask).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync(),
            await db.Targets.Where(t => db.Plans.Any(p => p.Id == t.PlanId && p.Number == "770")).OrderBy(t => t.Id).Select(t => t.Id).FirstAsync()));
        var form = await ReportForm.ReadAsync(portal.CommuneClient, portal.Own);
        var taskFields = form.Keys.Where(k => k.StartsWith("Tasks[", StringComparison.Ordinal) && k.EndsWith(".PlanItemId", StringComparison.Ordinal)).ToList();
        var targetField = form.Keys.First(k => k.StartsWith("Targets[", StringComparison.Ordinal) && k.EndsWith(".TargetId", StringComparison.Ordinal));
        Assert.True(taskFields.Count >= 2, "the commune's form lists fewer than two tasks");
        form[taskFields[0]] = foreignTask.ToString(System.Globalization.CultureInfo.InvariantCulture);
        form[taskFields[1]] = ownSection.ToString(System.Globalization.CultureInfo.InvariantCulture);
        form[targetField] = foreignTarget.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var response = await ReportForm.PostAsync(portal.CommuneClient, portal.Own, form, "save");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode); // the rest of the form is saved
        var written = await portal.Factory.WithDbAsync(async db => (
            await db.ReportTaskEntries.CountAsync(e => e.PlanItemId == foreignTask || e.PlanItemId == ownSection),
            await db.ReportTargetValues.CountAsync(v => v.ReportId == portal.Own && v.TargetId == foreignTarget)));
        Assert.Equal((0, 0), written);
    }

    [Fact]
    public async Task Reviewing_a_report_the_user_does_not_review_is_refused_and_changes_nothing()
    {
        var district = await portal.Factory.SignedInAsync(District);
        var attempts = new (HttpClient Client, int Report, string Decision)[]
        {
            (portal.CommuneClient, portal.NeighbourSubmitted, "Approve"), // can read it? no: another commune's
            (portal.CommuneClient, portal.Own, "Reopen"),                // its own report, but it is not the reviewer
            (district, portal.ThapMuoiSubmitted, "Return"),              // another province's district report chain
        };
        foreach (var (client, report, decision) in attempts)
        {
            var before = await portal.SnapshotAsync(report);
            var token = await client.AntiforgeryTokenAsync("/Reports");
            var response = await client.PostAsync($"/Reports/Review/{report}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["decision"] = decision, ["comment"] = "Ý kiến giả mạo",
            }));
            Assert.Contains(AuthorizationMatrixTests.Classify(response), new[] { MatrixOutcome.NotFound, MatrixOutcome.Forbidden });
            Assert.Equal(before, await portal.SnapshotAsync(report));
        }
    }

    [Fact]
    public async Task Uploading_to_a_neighbours_report_is_refused_and_stores_no_file()
    {
        var before = await portal.SnapshotAsync(portal.Neighbour);
        var files = portal.UploadedFiles;
        var token = await portal.CommuneClient.AntiforgeryTokenAsync($"/Reports/Edit/{portal.Own}");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent([.. "%PDF-1.7\n"u8, .. new byte[100]]), "file", "gia-mao.pdf" },
        };

        var response = await portal.CommuneClient.PostAsync($"/Reports/Upload/{portal.Neighbour}", content);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await portal.SnapshotAsync(portal.Neighbour));
        Assert.Equal(files, portal.UploadedFiles);
    }

    [Fact]
    public async Task A_neighbours_attachment_can_be_neither_downloaded_nor_deleted()
    {
        var (id, path) = await portal.AttachmentOfAsync(portal.Neighbour);
        var before = await portal.SnapshotAsync(portal.Neighbour);

        var download = await portal.CommuneClient.GetAsync($"/Reports/Attachment/{id}");
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.DoesNotContain("minh chứng của xã khác", await download.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var delete = await portal.CommuneClient.PostFormAsync($"/Reports/Edit/{portal.Own}", $"/Reports/DeleteAttachment/{id}", []);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(before, await portal.SnapshotAsync(portal.Neighbour));
        Assert.True(File.Exists(path));
    }

    private Task<int> VersionAsync(int reportId) =>
        portal.Factory.WithDbAsync(db => db.Reports.Where(r => r.Id == reportId).Select(r => r.Version).SingleAsync());
}
