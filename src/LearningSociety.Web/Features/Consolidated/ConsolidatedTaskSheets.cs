using LearningSociety.Domain.Rollup;
using LearningSociety.Infrastructure.Exports.Excel;

namespace LearningSociety.Web.Features.Consolidated;

/// <summary>
/// The tasks of a consolidation twice: each task with how many reporters stand in each status
/// (totals as SUM formulas), and each task with each reporting agency and its status, so a
/// reviewer can filter by agency or by status.
/// </summary>
public static class ConsolidatedTaskSheets
{
    public static void Write(SheetWriter byStatus, SheetWriter byAgency, ConsolidatedModel model)
    {
        ArgumentNullException.ThrowIfNull(byStatus);
        ArgumentNullException.ThrowIfNull(byAgency);
        ArgumentNullException.ThrowIfNull(model);
        var statuses = Enum.GetValues<DerivedTaskStatus>();
        var columns = new List<ExcelColumn> { new("Số TT", Width: 12), new("Nhiệm vụ", Width: 50), new("Thời hạn", Width: 26), new("Hạn", ExcelColumnKind.Date) };
        columns.AddRange(statuses.Select(s => new ExcelColumn(StatusNames.DisplayName(s), ExcelColumnKind.Integer, 13)));
        columns.Add(new ExcelColumn("Tổng số đơn vị báo cáo", ExcelColumnKind.Integer, 13));
        byStatus.WriteTable(
            columns,
            model.Tasks.Select(t => (IReadOnlyList<object?>)[t.Number, t.Title, t.DeadlineText, t.Due, .. t.Counts.Cast<object?>(), t.Counts.Sum()]),
            ["Tổng cộng", null, null, null, .. Enumerable.Repeat<object?>(ExcelSum.OfColumn, statuses.Length + 1)]);

        byAgency.WriteTable(
            [new("Số TT", Width: 12), new("Nhiệm vụ", Width: 50), new("Cơ quan, đơn vị báo cáo", Width: 36), new("Địa bàn", Width: 24), new("Tình trạng", Width: 26), new("Hạn", ExcelColumnKind.Date)],
            Rows(model));
    }

    private static IEnumerable<IReadOnlyList<object?>> Rows(ConsolidatedModel model)
    {
        if (model.Consolidation is not { Tree: { } tree })
        {
            yield break;
        }

        var options = model.Consolidation.Options;
        var reporters = tree.Info.Values
            .Where(i => i.ReportId is not null && tree.Nodes[i.NodeId].Report is { } r && r.Counts(options))
            .OrderBy(i => i.Path, StringComparer.Ordinal).ThenBy(i => i.IsAgency).ThenBy(i => i.NodeId)
            .ToList();
        foreach (var task in tree.Tasks.OrderBy(t => t.SortOrder))
        {
            foreach (var info in reporters)
            {
                if (tree.Nodes[info.NodeId].Report!.Tasks.TryGetValue(task.Id, out var reported))
                {
                    var place = info.IsAgency ? tree.Info.GetValueOrDefault(info.UnitId)?.Name ?? "" : info.Name;
                    yield return [task.Number, task.Title, info.AgencyName ?? info.Name, place,
                        StatusNames.DisplayName(TaskStatusRule.Derive(reported, options.Today)), reported.DueDate];
                }
            }
        }
    }
}
