using System.Net;
using LearningSociety.Infrastructure.Identity;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LearningSociety.IntegrationTests.Infrastructure.ReminderData;

namespace LearningSociety.IntegrationTests;

public sealed class NotificationsPageTests(NotificationsPageTests.Portal portal) : IClassFixture<NotificationsPageTests.Portal>
{
    private const string Mai = "xa.longhuudong@hoctap.local";
    private const string Hung = "phong.gddt.canduoc@hoctap.local";

    public sealed class Portal : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    private PortalFactory Factory => portal.Factory;

    [Fact]
    public async Task Anonymous_users_are_sent_to_sign_in()
    {
        var response = await Factory.CreatePortalClient().GetAsync("/Notifications");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_shows_newest_first_unread_in_bold_with_Vietnam_times_and_the_navbar_counts_unread()
    {
        Factory.Clock.Now = VietnamMorning(2024, 12, 3);
        await Factory.RunPlannerAsync();
        Factory.Clock.Now = VietnamMorning(2024, 12, 7).AddMinutes(25);
        await Factory.RunPlannerAsync();
        var client = await Factory.SignedInAsync(Mai);

        var html = await client.GetStringAsync("/Notifications");

        var d3 = html.IndexOf("Còn 3 ngày đến hạn nộp báo cáo Năm 2024", StringComparison.Ordinal);
        var d7 = html.IndexOf("Còn 7 ngày đến hạn nộp báo cáo Năm 2024", StringComparison.Ordinal);
        Assert.True(d3 > 0 && d7 > d3, "newest first: the 3-day reminder above the 7-day one");
        Assert.Contains("07/12/2024 10:25", html, StringComparison.Ordinal);
        Assert.Contains("03/12/2024 10:00", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"fw-bold\">", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Reports/Edit/", html, StringComparison.Ordinal);
        var unread = await UnreadAsync(Mai);
        Assert.Contains($">{unread}<span class=\"visually-hidden\"> chưa đọc</span>", html, StringComparison.Ordinal);
        Assert.Contains("Thông báo", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_owner_marks_one_then_all_as_read()
    {
        Factory.Clock.Now = VietnamMorning(2024, 12, 9);
        await Factory.RunPlannerAsync();
        var id = await ReminderIdAsync(Mai, ":d1:");
        var client = await Factory.SignedInAsync(Mai);
        var before = await UnreadAsync(Mai);

        var response = await client.PostFormAsync("/Notifications", $"/Notifications/Read/{id}", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull(await ReadAtAsync(id));
        Assert.Equal(before - 1, await UnreadAsync(Mai));

        response = await client.PostFormAsync("/Notifications", "/Notifications/ReadAll", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await UnreadAsync(Mai));
        Assert.DoesNotContain("chưa đọc</span>", await client.GetStringAsync("/Notifications"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_cannot_see_or_mark_someone_elses_notification()
    {
        Factory.Clock.Now = VietnamMorning(2024, 12, 11);
        await Factory.RunPlannerAsync();
        var id = await ReminderIdAsync(Mai, ":overdue1:");
        var client = await Factory.SignedInAsync(Hung);

        Assert.DoesNotContain($"/Notifications/Read/{id}\"", await client.GetStringAsync("/Notifications"), StringComparison.Ordinal);
        var response = await client.PostFormAsync("/", $"/Notifications/Read/{id}", []);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        response = await client.PostFormAsync("/", "/Notifications/ReadAll", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        Assert.Null(await ReadAtAsync(id));
    }

    [Fact]
    public async Task Marking_without_an_antiforgery_token_is_refused()
    {
        Factory.Clock.Now = VietnamMorning(2024, 12, 11);
        await Factory.RunPlannerAsync();
        var id = await ReminderIdAsync(Mai, ":overdue1:");
        var client = await Factory.SignedInAsync(Mai);

        var response = await client.PostAsync($"/Notifications/Read/{id}", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await ReadAtAsync(id));
    }

    [Fact]
    public async Task A_user_without_notifications_sees_the_empty_state()
    {
        const string email = "chua.co.thong.bao@hoctap.local";
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var created = await users.CreateAsync(new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = "Người dùng mới" }, PortalFactory.DemoPassword);
            Assert.True(created.Succeeded);
        }

        var html = await (await Factory.SignedInAsync(email)).GetStringAsync("/Notifications");

        Assert.Contains("Bạn chưa có thông báo nào.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("chưa đọc</span>", html, StringComparison.Ordinal);
    }

    private async Task<int> ReminderIdAsync(string email, string kind)
    {
        var userId = await Factory.UserIdAsync(email);
        return await Factory.WithDbAsync(db => db.Notifications.Where(n => n.UserId == userId && n.Key.Contains(kind)).Select(n => n.Id).SingleAsync());
    }

    private Task<DateTimeOffset?> ReadAtAsync(int id) =>
        Factory.WithDbAsync(db => db.Notifications.Where(n => n.Id == id).Select(n => n.ReadAt).SingleAsync());

    private async Task<int> UnreadAsync(string email)
    {
        var userId = await Factory.UserIdAsync(email);
        return await Factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null));
    }
}
