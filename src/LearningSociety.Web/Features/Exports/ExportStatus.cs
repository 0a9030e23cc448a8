namespace LearningSociety.Web.Features.Exports;

/// <summary>GET /Exports/{id}/Status, polled by wwwroot/js/export-job.js.</summary>
/// <param name="State">queued, running, done, failed or expired.</param>
/// <param name="Position">1 for the next job to start; null unless queued.</param>
/// <param name="Message">What the page says, in Vietnamese.</param>
public sealed record ExportStatus(int Id, string State, int Progress, int? Position, string Message, string? DownloadUrl, string? FileName);
