using LearningSociety.Infrastructure.Exports.Jobs;

namespace LearningSociety.Web.Features.Exports;

/// <summary>How a job is named in "Tệp xuất của tôi".</summary>
public static class ExportTitles
{
    public static string KindName(ExportKind kind) => kind switch
    {
        ExportKind.ConsolidatedExcel => "Báo cáo tổng hợp (Excel)",
        ExportKind.ConsolidatedPdf => "Báo cáo tổng hợp (PDF)",
        _ => "Bảng số liệu theo xã (Excel)",
    };

    public static string Of(ExportKind kind, string unit, string period, bool approvedOnly) =>
        $"{KindName(kind)} · {unit} · {period}" + (approvedOnly ? " · chỉ số liệu đã duyệt" : "");
}
