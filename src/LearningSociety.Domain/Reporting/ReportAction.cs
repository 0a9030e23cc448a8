namespace LearningSociety.Domain.Reporting;

public enum ReportAction
{
    Saved,
    Submitted,
    Returned,
    Approved,
    Reopened,
    AttachmentAdded,
    AttachmentRemoved,
}
