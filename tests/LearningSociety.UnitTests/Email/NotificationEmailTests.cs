using LearningSociety.Infrastructure.Email;

namespace LearningSociety.UnitTests.Email;

public sealed class NotificationEmailTests
{
    [Fact]
    public void The_html_part_escapes_what_comes_from_the_database_and_keeps_Vietnamese_letters()
    {
        var html = NotificationEmail.Html(
            "Trần <b>Hùng</b>", "Báo cáo của Sở GD&ĐT bị trả lại", "Dòng một\n<script>alert(1)</script>", "/Reports/Edit/7?a=1&b=2", "https://hoctap.example.vn/");

        Assert.Contains("Kính gửi Trần &lt;b&gt;Hùng&lt;/b&gt;,", html, StringComparison.Ordinal);
        Assert.Contains("Sở GD&amp;ĐT", html, StringComparison.Ordinal);
        Assert.Contains("Dòng một<br>\n&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://hoctap.example.vn/Reports/Edit/7?a=1&amp;b=2\">Xem chi tiết</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_portal_address_the_html_shows_the_path_without_a_link_that_cannot_open()
    {
        var html = NotificationEmail.Html("A", "T", null, "/Reports/Edit/1", null);
        Assert.Contains("Xem chi tiết: /Reports/Edit/1", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a ", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 15)]
    [InlineData(2, 30)]
    [InlineData(3, 60)]
    [InlineData(5, 240)]
    [InlineData(6, 360)]
    [InlineData(50, 360)]
    public void Each_failed_attempt_doubles_the_wait_up_to_six_hours(int attempts, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), NotificationMailer.RetryDelay(attempts));
}
