namespace LearningSociety.Infrastructure.UnitLists;

/// <summary>
/// Where an uploaded unit list is: waiting for its preview, being previewed, previewed (waiting for the
/// administrator), confirmed and waiting, being imported, imported; refused (a bad file, nothing changed)
/// or failed (an outage or a restart, nothing changed).
/// </summary>
public enum UnitImportState
{
    Uploaded,
    Previewing,
    Ready,
    Queued,
    Running,
    Done,
    Refused,
    Failed,
}
