using System.Globalization;
using System.Net;
using LearningSociety.Infrastructure.Exports.Jobs;
using LearningSociety.IntegrationTests.Infrastructure;
using LearningSociety.Web.Features.Exports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.IntegrationTests.Exports;

/// <summary>The queue: identical requests share a job, at most N run at once, lost jobs fail after a restart, old files go.</summary>
public sealed class ExportQueueTests
{
    [Fact]
    public async Task The_same_user_asking_twice_for_the_same_export_gets_the_same_waiting_job_and_a_queue_position()
    {
        await using var factory = new PortalFactory();
        factory.Settings["Exports:Jobs:RunWorker"] = "false"; // pages only: the jobs wait, so "pending" lasts
        var reviewer = await factory.SignedInAsync("so.gddt@hoctap.local");
        var period = await factory.PeriodIdAsync("KH-BCĐ");
        var longAn = await factory.UnitIdAsync(Consolidations.LongAn);

        var first = await reviewer.StartExportAsync(nameof(ExportKind.ConsolidatedExcel), period, longAn);
        var again = await reviewer.StartExportAsync(nameof(ExportKind.ConsolidatedExcel), period, longAn);
        var otherSwitch = await reviewer.StartExportAsync(nameof(ExportKind.ConsolidatedExcel), period, longAn, approvedOnly: true);
        var leader = await factory.SignedInAsync("lanhdao@hoctap.local");
        var sameButOtherUser = await leader.StartExportAsync(nameof(ExportKind.ConsolidatedExcel), period, longAn);

        Assert.Equal(first, again);
        Assert.NotEqual(first, otherSwitch);
        Assert.NotEqual(first, sameButOtherUser);
        Assert.Equal(1, await factory.WithDbAsync(db => db.ExportJobs.CountAsync(j => j.UserId == db.Users.Single(u => u.Email == "so.gddt@hoctap.local").Id && !j.ApprovedOnly)));
        var status = await reviewer.ExportStatusAsync(otherSwitch);
        Assert.Equal("queued", status.State());
        Assert.Equal(2, status.GetProperty("position").GetInt32());
        Assert.Contains("thứ 2 trong hàng đợi", status.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Many_simultaneous_requests_never_run_more_than_the_limit_at_once_and_all_complete()
    {
        await using var factory = new PortalFactory();
        factory.Settings["Exports:Jobs:MaxConcurrent"] = "2";
        var period = await factory.PeriodIdAsync("KH-BCĐ");
        var longAn = await factory.UnitIdAsync(Consolidations.LongAn);
        var canDuoc = await factory.UnitIdAsync(Consolidations.CanDuoc);
        var users = new[] { "so.gddt@hoctap.local", "lanhdao@hoctap.local", "admin@hoctap.local", "phong.gddt.canduoc@hoctap.local" };
        var clients = await Task.WhenAll(users.Select(factory.SignedInAsync));
        var kinds = new[] { nameof(ExportKind.ConsolidatedPdf), nameof(ExportKind.ConsolidatedExcel), nameof(ExportKind.CommuneWorkbook) };

        var started = await Task.WhenAll(clients.SelectMany((client, u) => kinds.Select(kind =>
            StartAsync(client, kind, period, u == 3 ? canDuoc : longAn))));
        var finals = await Task.WhenAll(started.Select(s => s.Client.WaitForExportAsync(s.Id, 180)));

        Assert.Equal(12, started.Select(s => s.Id).Distinct().Count());
        Assert.All(finals, seen => Assert.Equal("done", seen[^1].State()));
        var concurrency = factory.Services.GetRequiredService<ExportConcurrency>();
        Assert.InRange(concurrency.Peak, 1, 2);
        Assert.Equal(0, concurrency.Current);
    }

    [Fact]
    public async Task A_job_that_was_running_when_the_process_died_is_failed_on_the_next_start_with_a_try_again_message()
    {
        await using var before = new PortalFactory();
        before.Settings["Exports:Jobs:RunWorker"] = "false";
        var userId = await before.WithDbAsync(db => db.Users.Where(u => u.Email == "so.gddt@hoctap.local").Select(u => u.Id).SingleAsync());
        var period = await before.PeriodIdAsync("KH-BCĐ");
        var id = await before.WithDbAsync(async db =>
        {
            var job = new ExportJob
            {
                UserId = userId, Kind = ExportKind.ConsolidatedExcel, PeriodId = period, State = ExportState.Running, Progress = 40, Title = "x",
                CreatedAt = before.Clock.GetUtcNow(), StartedAt = before.Clock.GetUtcNow(), HeartbeatAt = before.Clock.GetUtcNow(),
                Worker = string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}:{int.MaxValue - 7}:0123456789abcdef"), // a process that is gone
            };
            db.ExportJobs.Add(job);
            await db.SaveChangesAsync();
            return job.Id;
        });
        await before.DisposeAsync();

        await using var after = new PortalFactory(before.Folder); // the restart, on the same database
        var reviewer = await after.SignedInAsync("so.gddt@hoctap.local");
        var last = (await reviewer.WaitForExportAsync(id, 30))[^1];
        Assert.Equal("failed", last.State());
        Assert.Contains("hãy thử lại", last.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_finished_file_is_deleted_after_24_hours_and_no_longer_offered()
    {
        await using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("so.gddt@hoctap.local");
        var id = await reviewer.StartExportAsync(nameof(ExportKind.ConsolidatedExcel), await factory.PeriodIdAsync("KH-BCĐ"), await factory.UnitIdAsync(Consolidations.LongAn));
        Assert.Equal("done", (await reviewer.WaitForExportAsync(id))[^1].State());
        var stored = await factory.WithDbAsync(db => db.ExportJobs.Where(j => j.Id == id).Select(j => j.StoredFile).SingleAsync());
        var path = factory.Services.GetRequiredService<ExportFiles>().PathOf(stored!);
        Assert.True(File.Exists(path));

        factory.Clock.Advance(TimeSpan.FromHours(23));
        await HousekeepAsync(factory);
        Assert.True(File.Exists(path));
        reviewer = await factory.SignedInAsync("so.gddt@hoctap.local"); // the session itself has expired by then
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync($"/Exports/{id}/File")).StatusCode);

        factory.Clock.Advance(TimeSpan.FromHours(2));
        await HousekeepAsync(factory);
        Assert.False(File.Exists(path));
        reviewer = await factory.SignedInAsync("so.gddt@hoctap.local");
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync($"/Exports/{id}/File")).StatusCode);
        Assert.Equal("expired", (await reviewer.ExportStatusAsync(id)).State());
    }

    private static async Task<(HttpClient Client, int Id)> StartAsync(HttpClient client, string kind, int period, int unit) =>
        (client, await client.StartExportAsync(kind, period, unit));

    private static async Task HousekeepAsync(PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ExportHousekeeping>().RunAsync(default);
    }
}
