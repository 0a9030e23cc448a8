namespace LearningSociety.Web.Features.Consolidated;

/// <summary>The period and approved-only switches, always shown above consolidated figures.</summary>
/// <param name="Action">The page the switches reload: "/Consolidated" or "/Dashboard".</param>
/// <param name="KeepUnit">Whether the unit stays in the query string when switching.</param>
public sealed record SwitchBarModel(Consolidation Consolidation, string Action, bool KeepUnit = true);
