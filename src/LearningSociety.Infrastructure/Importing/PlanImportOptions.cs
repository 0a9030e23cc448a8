namespace LearningSociety.Infrastructure.Importing;

/// <summary>Limits on uploaded plan files.</summary>
public sealed class PlanImportOptions
{
    public const long DefaultMaxFileBytes = 10 * 1024 * 1024;

    /// <summary>Largest file accepted, in bytes (10 MB by default).</summary>
    public long MaxFileBytes { get; set; } = DefaultMaxFileBytes;

    /// <summary>Most pages of a PDF read (200 by default): a plan with its annexes is well under.</summary>
    public int MaxPdfPages { get; set; } = 200;
}
