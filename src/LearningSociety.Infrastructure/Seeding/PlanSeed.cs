namespace LearningSociety.Infrastructure.Seeding;

// The shape of seeds/plans/*.json, documented in docs/seed-format.md.
// Parameters without a default are required: a file that leaves them out is rejected with its path.
public sealed record PlanSeed(
    string Source,
    string Symbol,
    string IssuedOn,
    string Issuer,
    string Unit,
    string Level,
    string Kind,
    string Title,
    List<AgencySeed> Agencies,
    List<NodeSeed> Sections,
    string? Number = null,
    string? IssuedOnPrecision = null,
    string? IssuedPlace = null,
    int? PeriodStart = null,
    int? PeriodEnd = null,
    List<PhaseSeed>? Phases = null,
    string? Status = null,
    List<LegalReferenceSeed>? LegalBasis = null,
    List<TargetSeed>? Targets = null,
    List<ReportingRuleSeed>? Reporting = null);

public sealed record PhaseSeed(string Name, string Start, string End, string? Review = null);

public sealed record LegalReferenceSeed(
    string Reference, string? Kind = null, string? IssuedOn = null, string? Issuer = null, string? Title = null, string? Relation = null);

public sealed record AgencySeed(string Key, string Name, string Kind, string Unit, string? ShortName = null, string? MemberLevel = null);

public sealed record NodeSeed(
    string Number,
    bool IsTask = false,
    string? Title = null,
    string? Text = null,
    List<string>? Lead = null,
    List<string>? Cooperating = null,
    DeadlineSeed? Deadline = null,
    List<NodeSeed>? Children = null);

public sealed record DeadlineSeed(
    string Kind, string? Date = null, int? Year = null, int? Quarter = null, int? Day = null, int? Month = null, string? Phase = null, string? Text = null);

public sealed record TargetSeed(
    string Code,
    string Name,
    string Kind,
    string? Section = null,
    string? Text = null,
    string? UnitOfMeasure = null,
    string? Numerator = null,
    string? Denominator = null,
    string? ReportedBy = null,
    List<TargetValueSeed>? Values = null,
    string? Rating = null);

public sealed record TargetValueSeed(decimal Value, int? Year = null, string? Phase = null);

public sealed record ReportingRuleSeed(
    string From, string To, string Frequency, DeadlineSeed? Deadline = null, string? Text = null, List<OutlineSeed>? Outline = null);

public sealed record OutlineSeed(string Number, string Title);
