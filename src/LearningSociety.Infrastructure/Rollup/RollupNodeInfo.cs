using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Units;
using ReportStatus = LearningSociety.Domain.Reporting.ReportStatus;

namespace LearningSociety.Infrastructure.Rollup;

/// <summary>
/// What a page needs about one node of the roll-up tree besides its figures: which unit or agency
/// it is, its own report (if any) and whom to call about it.
/// </summary>
/// <param name="NodeId">The <c>RollupNode.UnitId</c>: a unit id, or minus the agency id for an agency node.</param>
/// <param name="UnitId">The administrative unit (for an agency node, the unit the agency sits in).</param>
/// <param name="ReportId">The node's own report in the period; null when it had none to file.</param>
/// <param name="ContactName">The reporting agency's contact, or else its unit's.</param>
public sealed record RollupNodeInfo(
    int NodeId,
    int UnitId,
    string Name,
    UnitLevel? Level,
    string Path,
    bool IsAgency,
    int? ReportId,
    int? AgencyId,
    string? AgencyName,
    AgencyKind? AgencyKind,
    ReportStatus? Status,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? LastSavedAt,
    bool IsLate,
    string? ContactName,
    string? ContactPhone,
    string? ContactEmail,
    bool HasChildren);
