namespace LearningSociety.Web.Features.PlanImport;

/// <summary>
/// Request limits for the import forms. The transport limit is well above the file limit so that
/// an oversized file arrives whole and is refused with a sentence, not a dropped connection; a
/// request above even that is caught by <see cref="FriendlyUploadLimitAttribute"/>.
/// </summary>
public static class UploadLimits
{
    public const long TransportBytes = 100L * 1024 * 1024;

    /// <summary>A review form carries the protected draft, up to a few MB for a long plan.</summary>
    public const int FormValueBytes = 64 * 1024 * 1024;
}
