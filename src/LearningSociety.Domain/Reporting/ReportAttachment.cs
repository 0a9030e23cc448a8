namespace LearningSociety.Domain.Reporting;

/// <summary>Evidence attached to a report; the bytes live outside the web root under <see cref="StoredName"/>.</summary>
public class ReportAttachment
{
    public int Id { get; set; }
    public int ReportId { get; set; }
    public required string FileName { get; set; }
    public required string StoredName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public string? UploadedBy { get; set; }
}
