using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace LearningSociety.Infrastructure.Email;

/// <summary>
/// Sends through the configured SMTP server with MailKit. One connection per message: reminders are
/// a few dozen a day, and a fresh connection never inherits a half-broken session. The server's
/// certificate is always checked; <paramref name="trust"/> only adds the authorities of a private CA.
/// A failure is thrown as <see cref="EmailDeliveryException"/> saying in Vietnamese what went wrong.
/// </summary>
public sealed class SmtpEmailSender(SmtpOptions options, MailboxAddress from, TimeProvider clock, SmtpServerTrust? trust = null) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct = default)
    {
        var mime = MimeBuilder.Build(message, from, clock.GetUtcNow());
        var host = options.Host ?? throw new InvalidOperationException("Email:Smtp:Host is not set.");
        using var client = new SmtpClient { Timeout = options.TimeoutSeconds * 1000 };
        if (trust is not null)
        {
            client.ServerCertificateValidationCallback = trust.Validate;
        }

        var security = options.UseStartTls ? SecureSocketOptions.StartTls
            : options.Port == 465 ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.None;
        try
        {
            await client.ConnectAsync(host, options.Port, security, ct);
            if (!string.IsNullOrEmpty(options.Username))
            {
                await client.AuthenticateAsync(options.Username, options.Password ?? "", ct);
            }

            await client.SendAsync(mime, ct);
            await client.DisconnectAsync(quit: true, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            throw new EmailDeliveryException(Explain(ex, $"{host}:{options.Port}"), ex);
        }
    }

    private string Explain(Exception ex, string server) => ex switch
    {
        SocketException socket => $"Không kết nối được máy chủ thư {server} ({socket.SocketErrorCode}).",
        SslHandshakeException => $"Không thiết lập được kết nối mã hóa với máy chủ thư {server}: chứng chỉ của máy chủ không được tin cậy hoặc không khớp tên máy chủ.",
        AuthenticationException => $"Máy chủ thư {server} từ chối tên đăng nhập hoặc mật khẩu (Email:Smtp:Username, Email:Smtp:Password).",
        NotSupportedException when options.UseStartTls => $"Máy chủ thư {server} không hỗ trợ STARTTLS.",
        SmtpCommandException command => $"Máy chủ thư {server} từ chối thư (mã {(int)command.StatusCode}: {command.Message.Trim()}).",
        TimeoutException or OperationCanceledException => $"Máy chủ thư {server} không trả lời trong {options.TimeoutSeconds} giây.",
        SmtpProtocolException or ServiceNotConnectedException or IOException => $"Mất kết nối với máy chủ thư {server} ({ex.Message.Trim()}).",
        _ => $"Lỗi khi gửi thư qua {server}: {ex.Message.Trim()}",
    };
}
