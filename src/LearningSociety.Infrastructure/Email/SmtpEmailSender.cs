using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace LearningSociety.Infrastructure.Email;

/// <summary>
/// Sends through the configured SMTP server with MailKit. One connection per message: reminders are
/// a few dozen a day, and a fresh connection never inherits a half-broken session.
/// </summary>
public sealed class SmtpEmailSender(SmtpOptions options, MailboxAddress from, TimeProvider clock) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct = default)
    {
        var mime = MimeBuilder.Build(message, from, clock.GetUtcNow());
        using var client = new SmtpClient { Timeout = options.TimeoutSeconds * 1000 };
        var security = options.UseStartTls ? SecureSocketOptions.StartTls
            : options.Port == 465 ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.None;
        var host = options.Host ?? throw new InvalidOperationException("Email:Smtp:Host is not set.");
        await client.ConnectAsync(host, options.Port, security, ct);
        if (!string.IsNullOrEmpty(options.Username))
        {
            await client.AuthenticateAsync(options.Username, options.Password ?? "", ct);
        }

        await client.SendAsync(mime, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
