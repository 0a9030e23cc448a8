namespace LearningSociety.Infrastructure.Email;

/// <summary>The Email section of the configuration.</summary>
public sealed class EmailOptions
{
    public const string DefaultFrom = "Cổng thông tin xã hội học tập <no-reply@hoctap.local>";

    public string From { get; set; } = DefaultFrom;
    /// <summary>Where .eml files go when no SMTP server is configured; relative to the application folder.</summary>
    public string PickupPath { get; set; } = "App_Data/mail";
    /// <summary>The portal's public address, so links in e-mails can be opened (e.g. https://hoctap.longan.gov.vn).</summary>
    public string? PortalUrl { get; set; }
    /// <summary>Notifications older than this are not e-mailed: no flood when SMTP is first set up, no endless retries.</summary>
    public int MaxAgeDays { get; set; } = 7;
    public SmtpOptions Smtp { get; set; } = new();
}
