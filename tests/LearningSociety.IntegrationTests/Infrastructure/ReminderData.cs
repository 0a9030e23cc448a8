using LearningSociety.Domain.Reporting;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Email;
using LearningSociety.Infrastructure.Identity;
using LearningSociety.Infrastructure.Reporting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.IntegrationTests.Infrastructure;

/// <summary>Runs the planner and mailer the way the background service does, and reads what they left.</summary>
public static class ReminderData
{
    public static readonly DateOnly EarlyDeadline = new(2024, 11, 20);
    public static readonly DateOnly LateDeadline = new(2024, 12, 10);

    /// <summary>10:00 in Vietnam on that day.</summary>
    public static DateTimeOffset VietnamMorning(int year, int month, int day) => new(year, month, day, 3, 0, 0, TimeSpan.Zero);

    public static async Task<int> RunPlannerAsync(this PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderPlanner>().RunAsync();
    }

    public static async Task<int> DispatchAsync(this PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NotificationMailer>().DispatchAsync();
    }

    /// <summary>
    /// The keys a reminder run should store, worked out straight from the tables: every user of the
    /// agency of each not-received report of an open period with that deadline.
    /// </summary>
    public static Task<HashSet<string>> ExpectedKeysAsync(this PortalFactory factory, DateOnly deadline, string code) =>
        factory.WithDbAsync(async db =>
        {
            var reports = await db.Reports
                .Where(r => r.Period!.Deadline == deadline && !r.Period.IsClosed
                    && r.Status != ReportStatus.Submitted && r.Status != ReportStatus.Approved)
                .Select(r => new { r.Id, r.AgencyId }).ToListAsync();
            var users = await db.Users.Where(u => u.AgencyId != null).Select(u => new { u.Id, u.AgencyId }).ToListAsync();
            return reports.SelectMany(r => users.Where(u => u.AgencyId == r.AgencyId).Select(u => $"reminder:{r.Id}:{code}:{u.Id}"))
                .ToHashSet(StringComparer.Ordinal);
        });

    /// <summary>Stored reminder keys of one kind for reports of periods with that deadline (duplicates kept, to catch them).</summary>
    public static Task<List<string>> StoredKeysAsync(this PortalFactory factory, DateOnly deadline, string code) =>
        factory.WithDbAsync(async db =>
        {
            var reportIds = await db.Reports.Where(r => r.Period!.Deadline == deadline).Select(r => r.Id).ToListAsync();
            var keys = await db.Notifications.Where(n => n.Key.StartsWith("reminder:") && n.Key.Contains(":" + code + ":"))
                .Select(n => n.Key).ToListAsync();
            return keys.Where(k => reportIds.Contains(int.Parse(k.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture))).ToList();
        });

    /// <summary>
    /// The demo accounts cover only two reporting agencies; this adds one confirmed account for each of
    /// the first <paramref name="perPeriod"/> agencies with an unfiled report in every period, so reminder
    /// runs have real numbers to count.
    /// </summary>
    public static async Task AddReportersAsync(this PortalFactory factory, int perPeriod)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var periods = await db.ReportingPeriods.Select(p => p.Id).ToListAsync();
        var agencies = new List<(int Id, int UnitId)>();
        foreach (var period in periods)
        {
            var taken = await db.Users.Where(u => u.AgencyId != null).Select(u => u.AgencyId!.Value).ToListAsync();
            agencies.AddRange((await db.Reports
                .Where(r => r.PeriodId == period && r.Status == ReportStatus.Draft && !taken.Contains(r.AgencyId))
                .OrderBy(r => r.AgencyId).Take(perPeriod).Select(r => new { r.AgencyId, r.UnitId }).ToListAsync())
                .Select(r => (r.AgencyId, r.UnitId)));
        }

        foreach (var (id, unitId) in agencies.Distinct())
        {
            var email = $"bao.cao.{id}@hoctap.local";
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var created = await users.CreateAsync(new AppUser
            {
                UserName = email, Email = email, EmailConfirmed = true, FullName = $"Cán bộ báo cáo {id}", AgencyId = id, UnitId = unitId,
            });
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        }
    }

    public static Task<string> UserIdAsync(this PortalFactory factory, string email) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
}
