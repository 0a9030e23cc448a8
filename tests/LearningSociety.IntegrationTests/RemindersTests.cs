using LearningSociety.Domain.Reporting;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Reporting;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using static LearningSociety.IntegrationTests.Infrastructure.ReminderData;

namespace LearningSociety.IntegrationTests;

/// <summary>
/// The demo data's 2024 periods are still open (deadlines 20/11/2024 and 10/12/2024); each test
/// moves the clock to its own day so the tests do not see each other's reminders.
/// </summary>
public sealed class RemindersTests(RemindersTests.Portal portal) : IClassFixture<RemindersTests.Portal>
{
    public sealed class Portal : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();

        public Task InitializeAsync() => Factory.AddReportersAsync(perPeriod: 6);

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    private PortalFactory Factory => portal.Factory;

    [Fact]
    public async Task Running_twice_on_the_same_day_stores_each_reminder_once()
    {
        Factory.Clock.Now = VietnamMorning(2024, 12, 7); // 3 days before 10/12/2024
        var expected = await Factory.ExpectedKeysAsync(LateDeadline, "d3");
        Assert.NotEmpty(expected);

        var first = await Factory.RunPlannerAsync();
        var second = await Factory.RunPlannerAsync();

        var stored = await Factory.StoredKeysAsync(LateDeadline, "d3");
        Assert.Equal(expected.Count, first);
        Assert.Equal(0, second);
        Assert.Equal(expected.Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));

        var userId = await Factory.UserIdAsync("xa.longhuudong@hoctap.local");
        var title = await Factory.WithDbAsync(db => db.Notifications.Where(n => n.UserId == userId && n.Key.Contains(":d3:")).Select(n => n.Title).SingleAsync());
        Assert.Matches("^Còn 3 ngày đến hạn nộp báo cáo Năm 2024 — Kế hoạch [^ ]+/KH-[^ ]+$", title);
    }

    [Fact]
    public async Task The_demo_commune_officer_is_told_the_day_after_that_her_returned_report_is_overdue()
    {
        Factory.Clock.Now = VietnamMorning(2024, 12, 11); // the day after 10/12/2024
        Assert.True(await Factory.RunPlannerAsync() > 0);
        var userId = await Factory.UserIdAsync("xa.longhuudong@hoctap.local");
        var reminder = await Factory.WithDbAsync(db => db.Notifications
            .Where(n => n.UserId == userId && n.Key.Contains(":overdue1:"))
            .Join(db.Reports, n => n.Url, r => "/Reports/Edit/" + r.Id, (n, r) => new { n.Title, n.Body, n.Url, r.Status, r.Period!.Deadline, r.Period.Name })
            .SingleAsync());

        Assert.Equal(ReportStatus.Returned, reminder.Status);
        Assert.Equal(LateDeadline, reminder.Deadline);
        Assert.Matches("^Báo cáo Năm 2024 — Kế hoạch [^ ]+/KH-[^ ]+ đã quá hạn 1 ngày$", reminder.Title);
        Assert.Contains("10/12/2024", reminder.Body, StringComparison.Ordinal);
        Assert.Contains("nộp muộn", reminder.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_servers_running_at_once_store_each_reminder_once()
    {
        Factory.Clock.Now = VietnamMorning(2024, 12, 9); // 1 day before 10/12/2024
        var expected = await Factory.ExpectedKeysAsync(LateDeadline, "d1");

        // Four planners on four connections, released together.
        using var start = new SemaphoreSlim(0);
        var runs = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            var planner = scope.ServiceProvider.GetRequiredService<ReminderPlanner>();
            await start.WaitAsync();
            return await planner.RunAsync();
        })).ToList();
        start.Release(runs.Count);
        var created = await Task.WhenAll(runs);

        var stored = await Factory.StoredKeysAsync(LateDeadline, "d1");
        Assert.Equal(expected.Count, created.Sum());
        Assert.Equal(expected.Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_reminder_another_server_inserted_meanwhile_is_skipped_not_fatal()
    {
        Factory.Clock.Now = VietnamMorning(2024, 11, 19); // 1 day before 20/11/2024
        var expected = await Factory.ExpectedKeysAsync(EarlyDeadline, "d1");
        Assert.True(expected.Count >= 2, $"needs at least two reminders, has {expected.Count}");

        // The rival inserts one of the keys after this planner checked which exist and before it writes.
        var rival = new RivalServer(Factory.DatabasePath);
        var options = new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={Factory.DatabasePath}").AddInterceptors(rival).Options;
        await using var db = new AppDbContext(options);
        var created = await new ReminderPlanner(db, Factory.Clock, NullLogger<ReminderPlanner>.Instance).RunAsync();

        Assert.NotNull(rival.TakenKey);
        Assert.Equal(expected.Count - 1, created);
        var stored = await Factory.StoredKeysAsync(EarlyDeadline, "d1");
        Assert.Equal(expected.Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_Vietnam_day_starts_at_17_00_UTC()
    {
        // 23:59 on 16/11 in Vietnam: 4 days before 20/11, nothing is due.
        Factory.Clock.Now = new DateTimeOffset(2024, 11, 16, 16, 59, 0, TimeSpan.Zero);
        Assert.Equal(0, await Factory.RunPlannerAsync());
        Assert.Empty(await Factory.StoredKeysAsync(EarlyDeadline, "d3"));

        // 00:00 on 17/11 in Vietnam: 3 days before.
        Factory.Clock.Now = new DateTimeOffset(2024, 11, 16, 17, 0, 0, TimeSpan.Zero);
        var expected = await Factory.ExpectedKeysAsync(EarlyDeadline, "d3");
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, await Factory.RunPlannerAsync());
    }

    [Fact]
    public async Task Days_missed_while_the_portal_was_down_are_not_caught_up()
    {
        // The portal was down on 13/11 (7 days before 20/11) and comes back on 14/11, 15/11, 16/11.
        Assert.NotEmpty(await Factory.ExpectedKeysAsync(EarlyDeadline, "d7"));
        foreach (var day in new[] { 14, 15, 16 })
        {
            Factory.Clock.Now = VietnamMorning(2024, 11, day);
            Assert.Equal(0, await Factory.RunPlannerAsync());
        }

        Assert.Empty(await Factory.StoredKeysAsync(EarlyDeadline, "d7"));
    }

    [Fact]
    public async Task The_day_after_the_deadline_only_open_periods_are_reminded()
    {
        Factory.Clock.Now = VietnamMorning(2024, 11, 21); // the day after 20/11/2024
        await SetClosedAsync(EarlyDeadline, true);
        Assert.Equal(0, await Factory.RunPlannerAsync());

        await SetClosedAsync(EarlyDeadline, false);
        var expected = await Factory.ExpectedKeysAsync(EarlyDeadline, "overdue1");
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, await Factory.RunPlannerAsync());
        var titles = await Factory.WithDbAsync(db => db.Notifications.Where(n => n.Key.Contains(":overdue1:")).Select(n => n.Title).ToListAsync());
        Assert.All(titles, t => Assert.EndsWith(" đã quá hạn 1 ngày", t, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_duplicate_key_is_recognised_as_a_unique_violation()
    {
        var userId = await Factory.UserIdAsync("admin@hoctap.local");
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var key = "test:duplicate:" + Guid.NewGuid();
        db.Notifications.Add(new Notification { UserId = userId, Key = key, Title = "Một", CreatedAt = Factory.Clock.GetUtcNow() });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        db.Notifications.Add(new Notification { UserId = userId, Key = key, Title = "Hai", CreatedAt = Factory.Clock.GetUtcNow() });
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.True(UniqueViolation.Is(error));
    }

    /// <summary>Plays the second server: on the first save of new notifications, it stores the first one itself.</summary>
    private sealed class RivalServer(string databasePath) : SaveChangesInterceptor
    {
        public string? TakenKey { get; private set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var first = eventData.Context!.ChangeTracker.Entries<Notification>().FirstOrDefault(e => e.State == EntityState.Added)?.Entity;
            if (TakenKey is null && first is not null)
            {
                TakenKey = first.Key;
                await using var other = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={databasePath}").Options);
                other.Notifications.Add(new Notification { UserId = first.UserId, Key = first.Key, Title = first.Title, Url = first.Url, CreatedAt = first.CreatedAt });
                await other.SaveChangesAsync(cancellationToken);
            }

            return result;
        }
    }

    private Task<int> SetClosedAsync(DateOnly deadline, bool closed) =>
        Factory.WithDbAsync(db => db.ReportingPeriods.Where(p => p.Deadline == deadline)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.IsClosed, closed)));
}
