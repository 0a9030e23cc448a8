using System.Text;
using LearningSociety.Domain.Text;
using MimeKit;

namespace LearningSociety.Infrastructure.Email;

/// <summary>
/// Turns a message into RFC 5322 (the successor of RFC 822): UTF-8 subject and body, 7-bit safe;
/// with an HTML body, multipart/alternative with the plain text first (RFC 2046: the simplest first).
/// </summary>
internal static class MimeBuilder
{
    public static MimeMessage Build(EmailMessage message, MailboxAddress from, DateTimeOffset date)
    {
        var text = new TextPart("plain");
        text.SetText(Encoding.UTF8, VietnameseText.Nfc(message.TextBody));
        MimeEntity body = text;
        if (message.HtmlBody is not null)
        {
            var html = new TextPart("html");
            html.SetText(Encoding.UTF8, VietnameseText.Nfc(message.HtmlBody));
            body = new MultipartAlternative { text, html };
        }

        var mime = new MimeMessage
        {
            Subject = VietnameseText.Nfc(message.Subject),
            Body = body,
            Date = date,
        };
        mime.From.Add(from);
        mime.To.Add(new MailboxAddress(VietnameseText.Nfc(message.ToName), message.ToAddress));
        // RFC 3834: out-of-office robots must not answer a reminder.
        mime.Headers.Add("Auto-Submitted", "auto-generated");
        mime.Prepare(EncodingConstraint.SevenBit);
        return mime;
    }
}
