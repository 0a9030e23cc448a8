using LearningSociety.Infrastructure.UnitLists;

namespace LearningSociety.Web.Features.Admin.UnitImport;

/// <summary>The job page: its state, and the preview or the result when there is one.</summary>
public sealed record UnitImportPageModel(UnitImportJob Job, UnitImportStatus Status, UnitImportChanges? Preview, UnitImportChanges? Result);
