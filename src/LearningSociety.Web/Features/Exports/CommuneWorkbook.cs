using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Rollup;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Exports.Excel;
using LearningSociety.Infrastructure.Rollup;
using LearningSociety.Web.Features.Consolidated;
using LearningSociety.Web.Features.Shared;

namespace LearningSociety.Web.Features.Exports;

/// <summary>
/// Every commune of a roll-up as one row: where it is (tỉnh / huyện / xã), completeness and
/// timeliness of its subtree, each target's numerator, denominator and value, and its task
/// progress by status. The figures are those of the commune's own consolidation page. Written
/// streaming (<see cref="StreamingSheet"/>): a national workbook has some 10,000 rows.
/// </summary>
public static class CommuneWorkbook
{
    public const string SheetName = "Theo xã";

    /// <param name="ancestorNames">Names of units above the tree's root (its breadcrumb), for the path columns.</param>
    /// <param name="progress">Called with (rows written, rows in all) as the file is written.</param>
    public static void Write(Stream output, RollupTree tree, RollupResult root, IReadOnlyDictionary<int, string> ancestorNames,
        string scopeName, bool approvedOnly, DateTimeOffset now, Action<int, int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(ancestorNames);
        var communes = new List<RollupResult>();
        Collect(tree, root, communes);
        var targets = tree.Targets.Select((t, i) => (Info: t, Index: i)).Where(x => root.Targets[x.Index].Expected > 0).ToList();
        var columns = Columns(targets.Select(t => t.Info));
        var period = tree.Period;
        var title = $"SỐ LIỆU THEO XÃ — {scopeName}".ToUpper(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));
        var subtitle = $"Kế hoạch số {period.Plan} — kỳ {period.Name}; " + (approvedOnly ? "chỉ tính số liệu đã duyệt" : "tính tất cả báo cáo đã nộp")
            + $"; {Display.Number(communes.Count)} xã";
        var info = new ExcelDocumentInfo("Số liệu theo xã · " + scopeName, "Cổng thông tin xây dựng xã hội học tập", now) { Subject = subtitle };
        StreamingSheet.Write(output, info, SheetName, [title, subtitle], columns, Rows(tree, communes, targets, ancestorNames, progress));
    }

    private static List<ExcelColumn> Columns(IEnumerable<RollupTarget> targets)
    {
        var columns = new List<ExcelColumn>
        {
            new("STT", ExcelColumnKind.Integer, 7), new("Tỉnh, thành phố", Width: 22), new("Quận, huyện", Width: 22), new("Xã, phường, thị trấn", Width: 24),
            new("Báo cáo của xã", Width: 14), new("Phải nộp", ExcelColumnKind.Integer, 9), new("Đã nộp", ExcelColumnKind.Integer, 9),
            new("Đúng hạn", ExcelColumnKind.Integer, 9), new("Tỷ lệ nộp", ExcelColumnKind.Percent, 10), new("Tỷ lệ đúng hạn", ExcelColumnKind.Percent, 10),
        };
        foreach (var t in targets)
        {
            var share = TargetKinds.IsShare(t.Definition.Kind);
            columns.Add(new ExcelColumn($"{t.Code} — tử số", ExcelColumnKind.Decimal, 11) { NumberFormat = "#,##0.##" });
            columns.Add(new ExcelColumn($"{t.Code} — mẫu số", ExcelColumnKind.Decimal, 11) { NumberFormat = "#,##0.##" });
            columns.Add(share
                ? new ExcelColumn($"{t.Code} — kết quả", ExcelColumnKind.Percent, 11)
                : new ExcelColumn($"{t.Code} — kết quả", ExcelColumnKind.Decimal, 11) { NumberFormat = "#,##0.##" });
        }

        columns.AddRange(Enum.GetValues<DerivedTaskStatus>().Select(s => new ExcelColumn("Nhiệm vụ: " + StatusNames.DisplayName(s), ExcelColumnKind.Integer, 13)));
        return columns;
    }

    private static IEnumerable<IReadOnlyList<object?>> Rows(RollupTree tree, List<RollupResult> communes, List<(RollupTarget Info, int Index)> targets,
        IReadOnlyDictionary<int, string> ancestorNames, Action<int, int>? progress)
    {
        var statuses = Enum.GetValues<DerivedTaskStatus>();
        var cells = new object?[10 + (targets.Count * 3) + statuses.Length];
        for (var n = 0; n < communes.Count; n++)
        {
            var commune = communes[n];
            var info = tree.Info[commune.UnitId];
            var ids = UnitPath.Ids(info.Path);
            cells[0] = n + 1;
            cells[1] = ids.Count > 1 ? NameOf(tree, ancestorNames, ids[0]) : null;
            cells[2] = ids.Count > 2 ? NameOf(tree, ancestorNames, ids[^2]) : null;
            cells[3] = info.Name;
            cells[4] = !commune.ExpectedToReport ? "—" : info.Status is { } s ? Display.ReportStatus(s) : "Chưa nộp";
            cells[5] = commune.Expected;
            cells[6] = commune.Received;
            cells[7] = commune.OnTime;
            cells[8] = commune.Completeness / 100;
            cells[9] = commune.Timeliness / 100;
            var c = 10;
            foreach (var (_, index) in targets)
            {
                var figure = commune.Targets[index];
                var answered = figure.Received > 0;
                cells[c++] = answered ? TargetKinds.Amount(figure) : null;
                cells[c++] = answered ? figure.Denominator : null;
                cells[c++] = TargetKinds.IsShare(figure.Kind) ? figure.Value / 100 : figure.Value;
            }

            foreach (var status in statuses)
            {
                var total = 0;
                foreach (var counts in commune.Tasks.Values)
                {
                    total += counts[status];
                }

                cells[c++] = total;
            }

            yield return cells; // the same array every row: the writer has copied it out before asking for the next
            progress?.Invoke(n + 1, communes.Count);
        }
    }

    private static string? NameOf(RollupTree tree, IReadOnlyDictionary<int, string> ancestors, int id) =>
        tree.Info.TryGetValue(id, out var info) ? info.Name : ancestors.GetValueOrDefault(id);

    private static void Collect(RollupTree tree, RollupResult node, List<RollupResult> communes)
    {
        if (node.Expected == 0)
        {
            return; // nobody here reports in this period (another plan's area, or a unit replaced by the reform)
        }

        if (tree.Info.TryGetValue(node.UnitId, out var info) && !info.IsAgency && info.Level == UnitLevel.Commune)
        {
            communes.Add(node);
            return;
        }

        foreach (var child in node.Children)
        {
            Collect(tree, child, communes);
        }
    }
}
