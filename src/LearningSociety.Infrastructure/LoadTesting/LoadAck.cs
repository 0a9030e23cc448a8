namespace LearningSociety.Infrastructure.LoadTesting;

/// <summary>A submission the portal acknowledged (302 back to the report after "Nộp báo cáo"), as the load generator recorded it.</summary>
public sealed record LoadAck(int ReportId, Guid SubmissionId);
