using System.Text;
using LearningSociety.Infrastructure.Email;
using MimeKit;

namespace LearningSociety.UnitTests.Email;

public sealed class PickupFolderEmailSenderTests
{
    [Fact]
    public async Task Each_message_becomes_one_seven_bit_eml_file_that_reads_back_in_Vietnamese()
    {
        var folder = Path.Combine(Directory.CreateTempSubdirectory("hoctap-mail-").FullName, "mail");
        var sender = new PickupFolderEmailSender(folder, MailboxAddress.Parse(EmailOptions.DefaultFrom), TimeProvider.System);
        const string subject = "Còn 3 ngày đến hạn nộp báo cáo Năm 2024 — Kế hoạch 770/KH-UBND";
        var body = NotificationEmail.Text("Lê Thị Mai", subject, "Hạn nộp báo cáo của UBND xã Long Hựu Đông là hết ngày 10/12/2024.", "/Reports/Edit/7", "https://hoctap.example.vn/");

        await sender.SendAsync(new EmailMessage("mai@example.vn", "Lê Thị Mai", subject, body));

        var file = Assert.Single(Directory.GetFiles(folder));
        Assert.EndsWith(".eml", file, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync(file);
        Assert.All(bytes, b => Assert.True(b < 128, "an .eml file must be 7-bit"));

        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal(subject, message.Subject);
        Assert.Equal("mai@example.vn", message.To.Mailboxes.Single().Address);
        Assert.Equal("Lê Thị Mai", message.To.Mailboxes.Single().Name);
        Assert.Equal("auto-generated", message.Headers["Auto-Submitted"]);
        Assert.Contains("Kính gửi Lê Thị Mai,", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://hoctap.example.vn/Reports/Edit/7", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("hết ngày 10/12/2024", message.TextBody, StringComparison.Ordinal);
        Assert.True(message.TextBody!.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Without_a_portal_address_the_link_stays_relative()
    {
        var text = NotificationEmail.Text("A", "T", null, "/Reports/Edit/1", null);
        Assert.Contains("Xem chi tiết: /Reports/Edit/1", text, StringComparison.Ordinal);
    }
}
