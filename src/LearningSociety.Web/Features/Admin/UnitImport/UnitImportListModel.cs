using LearningSociety.Infrastructure.UnitLists;

namespace LearningSociety.Web.Features.Admin.UnitImport;

/// <summary>The upload page: the form's message (a refused file) and the latest jobs.</summary>
public sealed record UnitImportListModel(string? Error, IReadOnlyList<UnitImportRow> Recent);
