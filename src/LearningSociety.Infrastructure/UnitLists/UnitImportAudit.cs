using System.Globalization;
using LearningSociety.Domain.Reporting;

namespace LearningSociety.Infrastructure.UnitLists;

/// <summary>The audit line of an import, the same from the page and from <c>import-units</c>.</summary>
public static class UnitImportAudit
{
    public static AuditAction Action => AuditAction.UnitImport;

    public static string Details(string fileName, UnitImportChanges changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return string.Create(CultureInfo.InvariantCulture,
            $"Tệp {fileName}: {changes[UnitChangeKind.UnitAdded]} đơn vị mới, {changes[UnitChangeKind.UnitRenamed]} đổi tên, "
            + $"{changes[UnitChangeKind.UnitEnded]} hết hiệu lực, {changes[UnitChangeKind.SuccessionAdded]} quan hệ sáp nhập, "
            + $"{changes[UnitChangeKind.AgencyCreated]} cơ quan mới, {changes[UnitChangeKind.AgencyEnded]} cơ quan hết hiệu lực.");
    }
}
