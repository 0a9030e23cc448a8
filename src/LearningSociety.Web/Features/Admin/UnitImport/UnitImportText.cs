using LearningSociety.Infrastructure.UnitLists;

namespace LearningSociety.Web.Features.Admin.UnitImport;

/// <summary>The Vietnamese names of the kinds of change an import makes.</summary>
public static class UnitImportText
{
    public static string Label(UnitChangeKind kind) => kind switch
    {
        UnitChangeKind.UnitAdded => "Đơn vị hành chính thêm mới",
        UnitChangeKind.UnitRenamed => "Đơn vị hành chính đổi tên, đổi loại",
        UnitChangeKind.UnitEnded => "Đơn vị hành chính hết hiệu lực",
        UnitChangeKind.SuccessionAdded => "Quan hệ sáp nhập (đơn vị cũ → đơn vị mới) thêm mới",
        UnitChangeKind.AgencyCreated => "Cơ quan, đơn vị tạo mới",
        UnitChangeKind.AgencyEnded => "Cơ quan, đơn vị giải thể (hết hiệu lực)",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
