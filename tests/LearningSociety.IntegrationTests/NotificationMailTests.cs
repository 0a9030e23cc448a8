using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Email;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using static LearningSociety.IntegrationTests.Infrastructure.ReminderData;

namespace LearningSociety.IntegrationTests;

/// <summary>No SMTP server in tests: the portal writes .eml files to <see cref="PortalFactory.MailFolder"/>.</summary>
public sealed class NotificationMailTests(NotificationMailTests.Portal portal) : IClassFixture<NotificationMailTests.Portal>
{
    public sealed class Portal : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();

        public Task InitializeAsync() => Factory.AddReportersAsync(perPeriod: 6);

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    private PortalFactory Factory => portal.Factory;

    [Fact]
    public async Task Each_claimed_notification_becomes_one_eml_and_a_second_dispatch_writes_none()
    {
        Factory.Clock.Now = VietnamMorning(2024, 12, 7);
        Assert.True(await Factory.RunPlannerAsync() > 0);
        var pending = await PendingAsync();
        var before = MailFiles().Count;

        var sent = await Factory.DispatchAsync();
        var again = await Factory.DispatchAsync();

        Assert.Equal(pending.Count, sent);
        Assert.Equal(0, again);
        var written = MailFiles().Skip(before).ToList();
        Assert.Equal(pending.Count, written.Count);
        Assert.Empty(await PendingAsync());

        var messages = written.Select(f => MimeMessage.Load(f)).ToList();
        Assert.Equal(
            pending.Select(p => (p.Email, p.Title)).Order(),
            messages.Select(m => (m.To.Mailboxes.Single().Address, m.Subject ?? "")).Order());
        var mai = messages.Single(m => m.To.Mailboxes.Single().Address == "xa.longhuudong@hoctap.local"
            && m.Subject!.StartsWith("Còn 3 ngày đến hạn nộp báo cáo Năm 2024 — Kế hoạch ", StringComparison.Ordinal));
        Assert.Contains("Kính gửi Lê Thị Mai (UBND xã Long Hựu Đông),", mai.TextBody, StringComparison.Ordinal);
        Assert.Contains("/Reports/Edit/", mai.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_servers_dispatching_at_once_send_each_notification_once()
    {
        Factory.Clock.Now = VietnamMorning(2024, 12, 9);
        Assert.True(await Factory.RunPlannerAsync() > 0);
        var pending = await PendingAsync();
        var before = MailFiles().Count;

        var sent = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => Factory.DispatchAsync())));

        Assert.Equal(pending.Count, sent.Sum());
        Assert.Equal(pending.Count, MailFiles().Count - before);
    }

    [Fact]
    public async Task A_failed_send_gives_the_claim_back_for_a_later_run()
    {
        Factory.Clock.Now = VietnamMorning(2024, 11, 13);
        Assert.True(await Factory.RunPlannerAsync() > 0);
        var pending = await PendingAsync();
        Assert.NotEmpty(pending);

        var broken = new BrokenServer();
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var mailer = new NotificationMailer(
                scope.ServiceProvider.GetRequiredService<AppDbContext>(), broken,
                scope.ServiceProvider.GetRequiredService<IOptions<EmailOptions>>(), Factory.Clock, NullLogger<NotificationMailer>.Instance);
            Assert.Equal(0, await mailer.DispatchAsync());
        }

        // It stops after three failures in a row rather than waiting out every timeout.
        Assert.Equal(Math.Min(3, pending.Count), broken.Attempts);
        Assert.Equal(pending.Select(p => p.Id).Order(), (await PendingAsync()).Select(p => p.Id).Order());
        var failed = await Factory.WithDbAsync(db => db.Notifications.Where(n => n.EmailAttempts > 0 && n.EmailedAt == null)
            .Select(n => new { n.Id, n.EmailError, n.EmailRetryAt }).ToListAsync());
        Assert.Equal(broken.Attempts, failed.Count);
        Assert.All(failed, f =>
        {
            Assert.Equal("Lỗi khi gửi thư: Không kết nối được máy chủ thư", f.EmailError);
            Assert.Equal(Factory.Clock.GetUtcNow().AddMinutes(15), f.EmailRetryAt);
        });

        // A run right away sends the others; the failed ones wait out their back-off, then go too.
        Assert.Equal(pending.Count - failed.Count, await Factory.DispatchAsync());
        Assert.Equal(failed.Select(f => f.Id).Order(), (await PendingAsync()).Select(p => p.Id).Order());
        Factory.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(failed.Count, await Factory.DispatchAsync());
        Assert.Empty(await PendingAsync());
    }

    [Fact]
    public async Task Notifications_older_than_a_week_are_not_emailed()
    {
        Factory.Clock.Now = VietnamMorning(2025, 3, 20);
        var userId = await Factory.UserIdAsync("xa.longhuudong@hoctap.local");
        var stale = NotificationAt(userId, Factory.Clock.GetUtcNow().AddDays(-8));
        var fresh = NotificationAt(userId, Factory.Clock.GetUtcNow().AddDays(-6));
        await Factory.WithDbAsync(db =>
        {
            db.Notifications.AddRange(stale, fresh);
            return db.SaveChangesAsync();
        });

        await Factory.DispatchAsync();

        var emailed = await Factory.WithDbAsync(db => db.Notifications.Where(n => n.Id == stale.Id || n.Id == fresh.Id)
            .ToDictionaryAsync(n => n.Id, n => n.EmailedAt != null));
        Assert.False(emailed[stale.Id]);
        Assert.True(emailed[fresh.Id]);
    }

    private static Domain.Reporting.Notification NotificationAt(string userId, DateTimeOffset createdAt) => new()
    {
        UserId = userId,
        Key = "test:age:" + Guid.NewGuid(),
        Title = "Thông báo thử",
        CreatedAt = createdAt,
    };

    private List<string> MailFiles() =>
        Directory.Exists(Factory.MailFolder)
            ? [.. Directory.GetFiles(Factory.MailFolder, "*.eml").Order(StringComparer.Ordinal)]
            : [];

    private sealed record Pending(int Id, string Email, string Title);

    /// <summary>What the mailer should send now: not yet e-mailed, at most a week old, to a confirmed address.</summary>
    private Task<List<Pending>> PendingAsync()
    {
        var oldest = Factory.Clock.GetUtcNow().AddDays(-7);
        return Factory.WithDbAsync(db => db.Notifications
            .Where(n => n.EmailedAt == null && n.CreatedAt >= oldest)
            .Join(db.Users.Where(u => u.EmailConfirmed), n => n.UserId, u => u.Id, (n, u) => new Pending(n.Id, u.Email!, n.Title))
            .ToListAsync());
    }

    private sealed class BrokenServer : IEmailSender
    {
        public int Attempts { get; private set; }

        public Task SendAsync(EmailMessage message, CancellationToken ct = default)
        {
            Attempts++;
            throw new IOException("Không kết nối được máy chủ thư");
        }
    }
}
