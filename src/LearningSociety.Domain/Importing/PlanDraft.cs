using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Units;

namespace LearningSociety.Domain.Importing;

/// <summary>
/// What the importer read from a plan's text: every field is a proposal for a person to check
/// before the plan is saved, and any may be missing when the text does not state it.
/// </summary>
public sealed class PlanDraft
{
    public string? Number { get; set; }

    public string? Symbol { get; set; }

    public DateOnly? IssuedOn { get; set; }

    /// <summary>False when the text leaves the day blank ("ngày … tháng 02 năm 2024").</summary>
    public bool IssuedOnDayKnown { get; set; } = true;

    public string? IssuedPlace { get; set; }

    /// <summary>Issuer lines of the header as written ("ỦY BAN NHÂN DÂN TỈNH LONG AN").</summary>
    public string? IssuerText { get; set; }

    /// <summary>Agency key of the issuer, when recognised.</summary>
    public string? Issuer { get; set; }

    /// <summary>The issuing body's name: the directory's, or as the header writes it when it is not in the directory.</summary>
    public string? IssuerName { get; set; }

    /// <summary>The unit the plan covers, as named ("tỉnh Hải Dương"), also when it is not in the directory.</summary>
    public string? UnitName { get; set; }

    /// <summary>Code of the administrative unit the plan covers (the issuer's unit).</summary>
    public string? Unit { get; set; }

    public UnitLevel? Level { get; set; }

    public PlanKind Kind { get; set; } = PlanKind.Implementation;

    public string? Title { get; set; }

    public int? PeriodStart { get; set; }

    public int? PeriodEnd { get; set; }

    public List<DraftPhase> Phases { get; } = [];

    public List<DraftLegalReference> LegalBasis { get; } = [];

    public List<DraftNode> Sections { get; } = [];

    public List<DraftTarget> Targets { get; } = [];

    public List<DraftReportingRule> Reporting { get; } = [];

    /// <summary>Header fields read with a guess: the review page marks them "cần kiểm tra" until a person confirms them.</summary>
    public HashSet<DraftField> Uncertain { get; } = [];

    /// <summary>Every node of the outline, depth first.</summary>
    public IEnumerable<DraftNode> AllNodes() => Sections.SelectMany(s => s.SelfAndDescendants());
}
