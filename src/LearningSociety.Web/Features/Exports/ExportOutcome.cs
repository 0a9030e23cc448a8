using LearningSociety.Web.Features.Consolidated;

namespace LearningSociety.Web.Features.Exports;

/// <summary>A request's answer: refused as the page would be, or the job (new, or the identical one already waiting).</summary>
public sealed record ExportOutcome(ScopeOutcome Scope, int? JobId);
