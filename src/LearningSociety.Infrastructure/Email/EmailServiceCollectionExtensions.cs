using System.Security.Cryptography;
using LearningSociety.Infrastructure.Setup;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace LearningSociety.Infrastructure.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>SMTP through MailKit when Email:Smtp:Host is set, else .eml files in Email:PickupPath.</summary>
    public static IServiceCollection AddPortalEmail(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var section = configuration.GetSection("Email");
        services.Configure<EmailOptions>(section);
        var options = section.Get<EmailOptions>() ?? new EmailOptions();
        // MimeKit accepts a bare word as an address; a sender without a domain is still a mistake.
        if (!MailboxAddress.TryParse(string.IsNullOrWhiteSpace(options.From) ? EmailOptions.DefaultFrom : options.From, out var from)
            || !from.Address.Contains('@', StringComparison.Ordinal) || from.Address.EndsWith('@'))
        {
            throw new StartupException($"Địa chỉ gửi thư Email:From = '{options.From}' không hợp lệ (ví dụ đúng: Cổng thông tin <no-reply@example.vn>).");
        }

        if (!string.IsNullOrWhiteSpace(options.Smtp.Host))
        {
            var trust = LoadTrust(options.Smtp.CaCertificatePath, contentRoot);
            services.AddSingleton<IEmailSender>(sp => new SmtpEmailSender(options.Smtp, from, sp.GetRequiredService<TimeProvider>(), trust));
        }
        else
        {
            var folder = Path.GetFullPath(Path.Combine(contentRoot, string.IsNullOrWhiteSpace(options.PickupPath) ? "App_Data/mail" : options.PickupPath));
            services.AddSingleton<IEmailSender>(sp => new PickupFolderEmailSender(folder, from, sp.GetRequiredService<TimeProvider>()));
        }

        services.AddScoped<NotificationMailer>();
        return services;
    }

    /// <summary>A CA file that is missing or unreadable stops start-up: silently trusting less would only show as mail never sent.</summary>
    private static SmtpServerTrust? LoadTrust(string? path, string contentRoot)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(contentRoot, path));
        try
        {
            return SmtpServerTrust.Load(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw new StartupException($"Không đọc được tệp chứng chỉ Email:Smtp:CaCertificatePath = '{full}' (cần tệp PEM hoặc DER): {ex.Message}");
        }
    }
}
