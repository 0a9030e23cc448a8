namespace LearningSociety.Domain.Reporting;

/// <summary>
/// An in-portal message to one user. <see cref="Key"/> is unique, so a reminder inserted twice
/// (a restart, a second server) is stored once and sent once.
/// </summary>
public class Notification
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string Key { get; set; }
    public required string Title { get; set; }
    public string? Body { get; set; }
    public string? Url { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
    public DateTimeOffset? EmailedAt { get; set; }

    /// <summary>Failed attempts to e-mail it; each one waits longer before the next (see NotificationMailer).</summary>
    public int EmailAttempts { get; set; }

    /// <summary>Why the last failed attempt failed, in Vietnamese for the administrator (kept once sent, as history).</summary>
    public string? EmailError { get; set; }

    /// <summary>Not e-mailed again before this time (the back-off after a failure).</summary>
    public DateTimeOffset? EmailRetryAt { get; set; }
}
