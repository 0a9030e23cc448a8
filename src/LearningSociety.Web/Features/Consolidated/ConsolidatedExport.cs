using System.Globalization;
using LearningSociety.Domain.Rollup;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Rollup;
using LearningSociety.Web.Features.Shared;

namespace LearningSociety.Web.Features.Consolidated;

/// <summary>
/// What both downloads take from the page's model besides its rows: who issues the report, the
/// reporters still missing and the file name. Kept here so the PDF and the workbook cannot disagree.
/// </summary>
public static class ConsolidatedExport
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>A reporter expected in the period whose report is not (yet) counted.</summary>
    public sealed record MissingReporter(string Name, string Place, string? Status, string? Contact, string? Phone, string? Email);

    /// <summary>The body that reviews the unit's reports and signs the consolidation, with the body above it.</summary>
    public sealed record Issuer(string Parent, string Name, string Symbol, string Place)
    {
        /// <summary>The signature block's title lines: a deputy signs for the head ("KT.").</summary>
        public IReadOnlyList<string> Signature { get; init; } = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"];
    }

    public static Issuer IssuerOf(ConsolidatedModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var crumbs = model.Scope.Breadcrumb;
        var province = crumbs.Count > 0 ? crumbs[0].Name : model.Scope.Unit?.Name ?? "";
        var level = model.Consolidation is { Tree: { } tree, Result: { } root } ? tree.Info[root.UnitId].Level : null;
        var unitName = model.Scope.Unit?.Name ?? province;
        // Decree 30: the place on the date line is the administrative unit where the issuing body sits.
        var place = OfficialIssuer.PlaceOf(level is UnitLevel.District or UnitLevel.Commune ? unitName : province);
        return level switch
        {
            UnitLevel.District => new Issuer("UBND " + Upper(unitName), "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "BC-PGDĐT", place) { Signature = ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"] },
            UnitLevel.Commune => new Issuer("UBND " + Upper(crumbs.Count > 1 ? crumbs[^2].Name : unitName), "ỦY BAN NHÂN DÂN " + Upper(unitName), "BC-UBND", place) { Signature = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"] },
            _ => new Issuer("UBND " + Upper(province), "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "BC-SGDĐT", place),
        };
    }

    /// <summary>The reporters "chưa nộp" (<see cref="RollupResult.NotReceived"/>), the unit itself first, in tree order.</summary>
    public static IReadOnlyList<MissingReporter> Missing(ConsolidatedModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Consolidation is not { Tree: { } tree, Result: { } root })
        {
            return [];
        }

        return [.. root.NotReceived().Select(n => tree.Info[n.UnitId]).Select(info => new MissingReporter(
            info.AgencyName ?? info.Name, PlaceOf(tree, info), info.Status is { } s ? Shared.Display.ReportStatus(s) : "Chưa nộp",
            info.ContactName, info.ContactPhone, info.ContactEmail))];
    }

    public static string Title(ConsolidatedModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.Period is { } p ? $"Kết quả thực hiện Kế hoạch số {p.Plan} — kỳ {p.Name}" : "Báo cáo tổng hợp";
    }

    /// <summary>"attachment; filename=…; filename*=UTF-8''…": an ASCII name for old clients, the Vietnamese one for the rest.</summary>
    public static string ContentDisposition(ConsolidatedModel model, string extension)
    {
        ArgumentNullException.ThrowIfNull(model);
        var unit = model.Scope.Unit?.Name ?? "don-vi";
        var period = model.Period?.Name ?? "";
        return Shared.DownloadName.Disposition($"Báo cáo tổng hợp - {unit} - {period}", extension);
    }

    /// <summary>"Xã Long Hựu Đông, Huyện Cần Đước, Tỉnh Long An": the unit and the units above it, nearest first.</summary>
    private static string PlaceOf(RollupTree tree, RollupNodeInfo info) =>
        string.Join(", ", UnitPath.Ids(info.Path).Reverse()
            .Select(id => tree.Info.TryGetValue(id, out var unit) && !unit.IsAgency ? unit.Name : null).OfType<string>());

    private static string Upper(string s) => s.ToUpper(Vi);
}
