namespace LearningSociety.Web.Features.PlanImport;

/// <summary>A target of the draft: name, the figure to reach and its year, or left out.</summary>
public sealed class ImportTargetInput
{
    public string? Name { get; set; }

    /// <summary>vi-VN number (40,5).</summary>
    public string? Value { get; set; }

    public string? Year { get; set; }

    public bool Keep { get; set; } = true;

    /// <summary>The year was a guess ("cần kiểm tra") and the person ticked "Đã kiểm tra".</summary>
    public bool Confirmed { get; set; }
}
