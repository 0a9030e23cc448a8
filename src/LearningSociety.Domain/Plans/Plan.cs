using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Units;

namespace LearningSociety.Domain.Plans;

/// <summary>A Kế hoạch: identified by its number and symbol ("129/KH-UBND"), issued by an agency for a unit.</summary>
public class Plan
{
    public int Id { get; set; }
    /// <summary>Null when the signed document left the number blank ("…/KH-BCĐ").</summary>
    public string? Number { get; set; }
    public required string Symbol { get; set; }
    public DateOnly IssuedOn { get; set; }
    /// <summary>False when only the month of issue is known.</summary>
    public bool IssuedOnDayKnown { get; set; } = true;
    public string? IssuedPlace { get; set; }
    public int IssuerId { get; set; }
    public Agency? Issuer { get; set; }
    public int UnitId { get; set; }
    public AdministrativeUnit? Unit { get; set; }
    public UnitLevel Level { get; set; }
    public PlanKind Kind { get; set; }
    public required string Title { get; set; }
    public int PeriodStartYear { get; set; }
    public int PeriodEndYear { get; set; }
    public PlanStatus Status { get; set; }
    /// <summary>File name of the source text under seeds/ (or an uploaded source), shown to users.</summary>
    public string? SourceFile { get; set; }
    /// <summary>Accent-folded text of the whole plan, for accent-insensitive search.</summary>
    public string SearchText { get; set; } = "";
    /// <summary>Optimistic concurrency: bumped by every confirmed change; a change made from an older page is refused.</summary>
    public int Version { get; set; }
    public List<PlanPhase> Phases { get; } = [];
    public List<LegalReference> LegalBasis { get; } = [];
    public List<PlanItem> Items { get; } = [];
    public List<Target> Targets { get; } = [];
    public List<ReportingRule> ReportingRules { get; } = [];

    public string DocumentNumber => $"{Number ?? "…"}/{Symbol}";

    /// <summary>Where the demo's sample plans come from (seeds/demo): not a real document, their figures are synthetic.</summary>
    public const string SampleSourcePrefix = "demo/";

    public bool IsSample => SourceFile?.StartsWith(SampleSourcePrefix, StringComparison.Ordinal) == true;
}
