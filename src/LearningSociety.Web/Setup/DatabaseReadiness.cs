namespace LearningSociety.Web.Setup;

/// <summary>
/// Whether start-up has reached the database (migrations and seeds done). Until then every page
/// answers 503 with the outage page, /health answers 503, and <see cref="DatabaseStartupRetry"/> keeps trying.
/// </summary>
public sealed class DatabaseReadiness
{
    private volatile string? _problem = "Cổng thông tin đang khởi động.";

    public bool IsReady => _problem is null;

    public string? Problem => _problem;

    public void MarkReady() => _problem = null;

    public void MarkUnavailable(string problem) => _problem = problem;
}
