using System.Net;
using LearningSociety.Domain.Reporting;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Email;
using LearningSociety.IntegrationTests.Infrastructure;
using LearningSociety.Web.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using static LearningSociety.IntegrationTests.Infrastructure.ReminderData;

namespace LearningSociety.IntegrationTests.Mail;

/// <summary>
/// The reminder job of a moved clock sends through a real SMTP server (<see cref="SmtpTestServer"/>)
/// with STARTTLS and a password; each test works on its own day and leaves nothing unsent behind.
/// </summary>
public sealed class SmtpReminderTests(SmtpReminderTests.Portal portal) : IClassFixture<SmtpReminderTests.Portal>
{
    private const string PortalUrl = "https://hoctap.tayninh.gov.vn";
    private const string From = "Cổng thông tin xã hội học tập <no-reply@sogddt.tayninh.gov.vn>";

    public sealed class Portal : IAsyncLifetime
    {
        public SmtpTestServer Smtp { get; } = new();

        public PortalFactory Factory { get; } = new();

        public async Task InitializeAsync()
        {
            await Smtp.InitializeAsync();
            UseSmtp(Factory, Smtp);
            await Factory.AddReportersAsync(perPeriod: 4);
        }

        public async Task DisposeAsync()
        {
            await Factory.DisposeAsync();
            await Smtp.DisposeAsync();
        }
    }

    private PortalFactory Factory => portal.Factory;

    private SmtpTestServer Smtp => portal.Smtp;

    [Fact]
    public async Task The_reminders_of_a_moved_clock_arrive_once_over_STARTTLS_with_a_password_even_after_a_restart()
    {
        var morning = VietnamMorning(2024, 12, 7); // 3 days before 10/12/2024
        Factory.Clock.Now = morning;
        var before = Smtp.Received().Count;

        await RunReminderJobAsync(Factory);

        var reminders = await RemindersCreatedAtAsync(morning);
        Assert.NotEmpty(reminders);
        Assert.All(reminders, r => Assert.NotNull(r.EmailedAt));
        var arrived = Smtp.Received().Skip(before).ToList();
        Assert.Equal(
            reminders.Select(r => (r.Email, r.Title)).Order(),
            arrived.Select(f => MimeMessage.Load(f)).Select(m => (m.To.Mailboxes.Single().Address, m.Subject ?? "")).Order());

        foreach (var file in arrived)
        {
            Assert.DoesNotContain(await File.ReadAllBytesAsync(file), b => b >= 128); // 7-bit on the wire: UTF-8 inside encodings
            var mime = await MimeMessage.LoadAsync(file);
            var reminder = reminders.Single(r => r.Email == mime.To.Mailboxes.Single().Address && r.Title == mime.Subject);
            Assert.Equal("yes", mime.Headers["X-Test-Tls"]);
            Assert.Equal(SmtpTestServer.User, mime.Headers["X-Test-Authenticated"]);
            Assert.Equal(reminder.Email, mime.Headers["X-Test-Envelope-To"]);
            Assert.Equal(MailboxAddress.Parse(From).ToString(), mime.From.Mailboxes.Single().ToString());
            Assert.Equal(reminder.Name, mime.To.Mailboxes.Single().Name);

            var alternative = Assert.IsType<MultipartAlternative>(mime.Body);
            Assert.Equal(2, alternative.Count);
            var text = Assert.IsType<TextPart>(alternative[0]);
            var html = Assert.IsType<TextPart>(alternative[1]);
            Assert.True(text.IsPlain);
            Assert.True(html.IsHtml);
            Assert.Equal("utf-8", text.ContentType.Charset, ignoreCase: true);
            Assert.Equal("utf-8", html.ContentType.Charset, ignoreCase: true);

            var link = PortalUrl + reminder.Url;
            Assert.Matches("^/Reports/Edit/[0-9]+$", reminder.Url);
            Assert.Contains($"Kính gửi {reminder.Name},", text.Text, StringComparison.Ordinal);
            Assert.Contains(reminder.Body!, text.Text, StringComparison.Ordinal);
            Assert.Contains("Xem chi tiết: " + link + "\n", text.Text, StringComparison.Ordinal);
            var page = WebUtility.HtmlDecode(html.Text);
            Assert.Contains($"Kính gửi {reminder.Name},", page, StringComparison.Ordinal);
            Assert.Contains(reminder.Title, page, StringComparison.Ordinal);
            Assert.Contains(reminder.Body!, page, StringComparison.Ordinal);
            Assert.Contains($"<a href=\"{link}\">Xem chi tiết</a>", html.Text, StringComparison.Ordinal);
        }

        var mai = await MimeMessage.LoadAsync(arrived.Single(f => MimeMessage.Load(f).To.Mailboxes.Single().Address == "xa.longhuudong@hoctap.local"));
        Assert.StartsWith("Còn 3 ngày đến hạn nộp báo cáo Năm 2024 — Kế hoạch ", mai.Subject, StringComparison.Ordinal);
        Assert.Contains("Kính gửi Lê Thị Mai (UBND xã Long Hựu Đông),", mai.TextBody, StringComparison.Ordinal);
        Assert.Contains("là hết ngày 10/12/2024.", mai.HtmlBody, StringComparison.Ordinal);

        // The portal restarts a quarter of an hour later (a second host over the same database): nothing again.
        await using (var restarted = new PortalFactory(Factory.Folder))
        {
            UseSmtp(restarted, Smtp);
            restarted.Clock.Now = morning.AddMinutes(15);
            await RunReminderJobAsync(restarted);
        }

        Assert.Equal(before + reminders.Count, Smtp.Received().Count);
        Assert.Equal(reminders.Count, (await RemindersCreatedAtAsync(morning)).Count);
        Assert.Empty(await RemindersCreatedAtAsync(morning.AddMinutes(15)));
    }

    [Fact]
    public async Task While_the_server_is_down_reminders_wait_with_the_error_shown_to_the_administrator_and_a_later_run_delivers_each_once()
    {
        var morning = VietnamMorning(2024, 12, 9); // 1 day before 10/12/2024
        Factory.Clock.Now = morning;
        var before = Smtp.Received().Count;
        var admin = await Factory.SignedInAsync("admin@hoctap.local");

        await Smtp.StopAsync();
        try
        {
            await RunReminderJobAsync(Factory);

            var waiting = await RemindersCreatedAtAsync(morning);
            Assert.True(waiting.Count > 3, "enough reminders to see the run stop after three failures");
            Assert.All(waiting, r => Assert.Null(r.EmailedAt));
            // A server that refuses three in a row is down: the run stops instead of trying every one.
            var failed = waiting.Where(r => r.Attempts > 0).ToList();
            Assert.Equal(3, failed.Count);
            Assert.All(failed, r =>
            {
                Assert.Equal(1, r.Attempts);
                Assert.Equal($"Không kết nối được máy chủ thư 127.0.0.1:{Smtp.Port} (ConnectionRefused).", r.Error);
                Assert.Equal(morning.AddMinutes(15), r.RetryAt);
            });

            var page = await admin.GetStringAsync("/Admin/UnsentMail");
            Assert.Contains("<h1 class=\"h3\">Thư nhắc chưa gửi được</h1>", page, StringComparison.Ordinal);
            Assert.Contains("<strong>3 thư chưa gửi được</strong>", page, StringComparison.Ordinal);
            Assert.Contains(failed[0].Error!, page, StringComparison.Ordinal);
            Assert.Contains(failed[0].Email, page, StringComparison.Ordinal);
            Assert.Contains("Thử lại sau 09/12/2024 10:15", page, StringComparison.Ordinal);

            // Ten minutes on, still down: those three wait out their back-off, three others are tried.
            Factory.Clock.Now = morning.AddMinutes(10);
            await RunReminderJobAsync(Factory);
            var now = await RemindersCreatedAtAsync(morning);
            Assert.All(now.Where(r => failed.Any(f => f.Id == r.Id)), r => Assert.Equal(1, r.Attempts));
            Assert.Equal(Math.Min(6, now.Count), now.Count(r => r.Attempts == 1));
            Assert.All(now, r => Assert.Null(r.EmailedAt));
        }
        finally
        {
            await Smtp.StartAsync();
        }

        // The server is back; the next run after the back-off delivers every reminder, once.
        Factory.Clock.Now = morning.AddMinutes(30);
        await RunReminderJobAsync(Factory);
        Factory.Clock.Now = morning.AddMinutes(45);
        await RunReminderJobAsync(Factory);

        var delivered = await RemindersCreatedAtAsync(morning);
        Assert.All(delivered, r => Assert.NotNull(r.EmailedAt));
        Assert.Equal(
            delivered.Select(r => (r.Email, r.Title)).Order(),
            Smtp.Received().Skip(before).Select(f => MimeMessage.Load(f)).Select(m => (m.To.Mailboxes.Single().Address, m.Subject ?? "")).Order());
        Assert.Contains("Không có thư nào chưa gửi được.", await admin.GetStringAsync("/Admin/UnsentMail"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(15, "127.0.0.1", false, SmtpTestServer.Password, "chứng chỉ của máy chủ không được tin cậy")]
    [InlineData(16, "localhost", true, SmtpTestServer.Password, "không khớp tên máy chủ")] // a trusted authority never excuses another name
    [InlineData(17, "127.0.0.1", true, "mat-khau-sai", "từ chối tên đăng nhập hoặc mật khẩu")]
    public async Task A_server_not_trusted_or_a_wrong_password_sends_nothing_and_keeps_the_reason(
        int day, string host, bool trustCertificate, string password, string reason)
    {
        var at = VietnamMorning(2025, 1, day);
        Factory.Clock.Now = at;
        var notification = new Notification
        {
            UserId = await Factory.UserIdAsync("xa.longhuudong@hoctap.local"),
            Key = "test:smtp:" + Guid.NewGuid(),
            Title = "Thông báo thử qua máy chủ thư",
            Url = "/Notifications",
            CreatedAt = at,
        };
        await Factory.WithDbAsync(db =>
        {
            db.Notifications.Add(notification);
            return db.SaveChangesAsync();
        });
        var before = Smtp.Received().Count;

        // The same settings with one thing wrong: the system's authorities only, another name, or another password.
        var settings = SmtpSettings(Smtp);
        settings["Email:Smtp:Host"] = host;
        settings["Email:Smtp:Password"] = password;
        if (!trustCertificate)
        {
            settings.Remove("Email:Smtp:CaCertificatePath");
        }

        var services = new ServiceCollection().AddSingleton<TimeProvider>(Factory.Clock);
        services.AddPortalEmail(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), Factory.Folder);
        await using (var provider = services.BuildServiceProvider())
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var mailer = new NotificationMailer(
                scope.ServiceProvider.GetRequiredService<AppDbContext>(), provider.GetRequiredService<IEmailSender>(),
                provider.GetRequiredService<IOptions<EmailOptions>>(), Factory.Clock, NullLogger<NotificationMailer>.Instance);
            Assert.Equal(0, await mailer.DispatchAsync());
        }

        Assert.Equal(before, Smtp.Received().Count);
        var stored = await Factory.WithDbAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.Id == notification.Id));
        Assert.Null(stored.EmailedAt);
        Assert.Equal(1, stored.EmailAttempts);
        Assert.Contains(reason, stored.EmailError, StringComparison.Ordinal);

        // With the portal's own settings, once the back-off is over: delivered, once.
        Factory.Clock.Now = at.AddMinutes(15);
        Assert.Equal(1, await Factory.DispatchAsync());
        Assert.Equal(0, await Factory.DispatchAsync());
        var arrived = MimeMessage.Load(Assert.Single(Smtp.Received().Skip(before)));
        Assert.Equal("Thông báo thử qua máy chủ thư", arrived.Subject);
        Assert.Contains("Xem chi tiết: " + PortalUrl + "/Notifications", arrived.TextBody, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> SmtpSettings(SmtpTestServer smtp) => new()
    {
        ["Email:From"] = From,
        ["Email:PortalUrl"] = PortalUrl,
        ["Email:Smtp:Host"] = smtp.Host,
        ["Email:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:UseStartTls"] = "true",
        ["Email:Smtp:Username"] = SmtpTestServer.User,
        ["Email:Smtp:Password"] = SmtpTestServer.Password,
        ["Email:Smtp:CaCertificatePath"] = smtp.CertificatePath,
        ["Email:Smtp:TimeoutSeconds"] = "20",
    };

    private static void UseSmtp(PortalFactory factory, SmtpTestServer smtp)
    {
        foreach (var (key, value) in SmtpSettings(smtp))
        {
            factory.Settings[key] = value;
        }
    }

    /// <summary>One round of the portal's own background job (reminders, then e-mails) at the factory's clock.</summary>
    private static Task RunReminderJobAsync(PortalFactory factory) =>
        factory.Services.GetServices<IHostedService>().OfType<ReminderService>().Single().RunOnceAsync(CancellationToken.None);

    private sealed record Reminder(
        int Id, string Email, string Name, string Title, string? Body, string? Url, DateTimeOffset? EmailedAt, int Attempts, string? Error, DateTimeOffset? RetryAt);

    /// <summary>The notifications a run at that instant created for people with a confirmed address (those the mailer e-mails).</summary>
    private Task<List<Reminder>> RemindersCreatedAtAsync(DateTimeOffset at) =>
        Factory.WithDbAsync(db => db.Notifications.AsNoTracking()
            .Where(n => n.CreatedAt == at && n.Key.StartsWith("reminder:"))
            .Join(db.Users.Where(u => u.EmailConfirmed), n => n.UserId, u => u.Id, (n, u) => new Reminder(
                n.Id, u.Email!, u.FullName, n.Title, n.Body, n.Url, n.EmailedAt, n.EmailAttempts, n.EmailError, n.EmailRetryAt))
            .ToListAsync());
}
