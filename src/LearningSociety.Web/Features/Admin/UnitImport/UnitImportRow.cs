using LearningSociety.Infrastructure.UnitLists;

namespace LearningSociety.Web.Features.Admin.UnitImport;

/// <summary>One job in the list of latest imports.</summary>
public sealed record UnitImportRow(int Id, string FileName, string UserName, DateTimeOffset CreatedAt, UnitImportState State);
