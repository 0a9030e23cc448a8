namespace LearningSociety.Web.Features.Exports;

/// <summary>"Exports:Jobs" in the configuration.</summary>
public sealed class ExportJobOptions
{
    public const string Section = "Exports:Jobs";

    /// <summary>Jobs this portal process runs at once; the rest wait their turn.</summary>
    public int MaxConcurrent { get; set; } = 2;

    /// <summary>False on instances that only serve pages: they queue jobs, others run them.</summary>
    public bool RunWorker { get; set; } = true;

    /// <summary>Where files are written; relative to the content root. Outside the web root.</summary>
    public string Folder { get; set; } = Path.Combine("App_Data", "exports");

    /// <summary>How long a finished file stays before it is deleted.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Above this many reporting units a scope's exports go through a job even below province level.</summary>
    public int DirectUnitLimit { get; set; } = 300;

    /// <summary>A running job whose heartbeat is older than this was lost with its process.</summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often the worker looks for queued jobs another instance (or a missed signal) left.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
}
