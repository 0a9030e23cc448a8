using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Rollup;
using LearningSociety.Infrastructure.Exports.Excel;

namespace LearningSociety.Web.Features.Consolidated;

/// <summary>
/// The consolidation as a workbook: a summary, the figures by unit as numbers and a total row of
/// formulas that give the page's totals (so a reviewer can check them), the
/// tasks by status and by reporting agency, the units not yet reported and the narratives.
/// </summary>
public static class ConsolidatedWorkbook
{
    public const string SummarySheet = "Tổng hợp";
    public const string ByUnitSheet = "Theo đơn vị";
    public const string MissingSheet = "Chưa báo cáo";
    public const string TaskStatusSheet = "Nhiệm vụ theo tình trạng";
    public const string TaskAgencySheet = "Nhiệm vụ theo cơ quan";
    public const string NarrativesSheet = "Nội dung báo cáo";

    public static byte[] Build(ConsolidatedModel model, DateTimeOffset now, ConsolidatedNarratives narratives)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(narratives);
        var issuer = ConsolidatedExport.IssuerOf(model);
        var title = ConsolidatedExport.Title(model);
        var unit = model.Scope.Unit?.Name ?? "";
        using var book = new WorkbookBuilder(new ExcelDocumentInfo("Báo cáo tổng hợp · " + unit, issuer.Name, now) { Subject = title });
        var heading = $"BÁO CÁO TỔNG HỢP — {unit}".ToUpper(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));

        book.AddSheet(SummarySheet).AddTitle(heading).AddTitle(title).WriteTable(
            [new("Nội dung", Width: 60), new("Tử số", ExcelColumnKind.Decimal) { NumberFormat = AsTyped }, new("Mẫu số", ExcelColumnKind.Decimal) { NumberFormat = AsTyped },
             new("Tỷ lệ", ExcelColumnKind.Percent), new("Kết quả", Width: 45), new("Chỉ tiêu", Width: 14), new("Đánh giá", Width: 18)],
            Summary(model));

        WriteByUnit(book.AddSheet(ByUnitSheet).AddTitle(heading).AddTitle(title), model);

        book.AddSheet(MissingSheet).AddTitle("ĐƠN VỊ CHƯA BÁO CÁO — " + unit).AddTitle(title).WriteTable(
            [new("STT", ExcelColumnKind.Integer, 6), new("Đơn vị", Width: 40), new("Địa bàn", Width: 40), new("Tình trạng", Width: 16),
             new("Người liên hệ", Width: 24), new("Điện thoại", Width: 14), new("Email", Width: 28)],
            ConsolidatedExport.Missing(model).Select((m, i) => (IReadOnlyList<object?>)[i + 1, m.Name, m.Place, m.Status, m.Contact, m.Phone, m.Email]));

        ConsolidatedTaskSheets.Write(book.AddSheet(TaskStatusSheet).AddTitle("NHIỆM VỤ THEO TÌNH TRẠNG — " + unit).AddTitle(title),
            book.AddSheet(TaskAgencySheet).AddTitle("NHIỆM VỤ THEO CƠ QUAN, ĐƠN VỊ — " + unit).AddTitle(title), model);

        book.AddSheet(NarrativesSheet).AddTitle("NỘI DUNG BÁO CÁO CỦA CÁC ĐƠN VỊ — " + unit).AddTitle(title).WriteTable(
            [new("Cơ quan, đơn vị báo cáo", Width: 34), new("Địa bàn", Width: 24), new("Mục", Width: 8), new("Tiêu đề", Width: 32), new("Nội dung", Width: 90)],
            narratives.Entries.Select(e => (IReadOnlyList<object?>)[e.Reporter, e.Place, e.Number, e.Title, e.Text]));

        return book.ToArray();
    }

    /// <summary>"General": a figure keeps the decimals it has and an integer shows no trailing separator.</summary>
    private const string AsTyped = "General";

    private static IEnumerable<IReadOnlyList<object?>> Summary(ConsolidatedModel model)
    {
        if (model.Total is { } t)
        {
            yield return ["Tỷ lệ nộp báo cáo (đã nộp / phải nộp)", t.Received, t.Expected, t.Completeness / 100, FigureText.Percent(t.Completeness), null, null];
            yield return ["Tỷ lệ nộp đúng hạn (đúng hạn / phải nộp)", t.OnTime, t.Expected, t.Timeliness / 100, FigureText.Percent(t.Timeliness), null, null];
        }

        var figures = model.Consolidation.Result?.Targets;
        var targets = model.Consolidation.Tree?.Targets ?? [];
        foreach (var block in model.Targets)
        {
            var index = targets.ToList().FindIndex(x => x.Code == block.Code);
            var figure = index >= 0 && figures is not null ? figures[index] : null;
            var verdict = block.Unanswered ?? block.TotalBelow switch { true => "Dưới chỉ tiêu", false => "Đạt chỉ tiêu", _ => "Không đánh giá" };
            var info = index >= 0 ? targets[index] : null;
            var share = figure is not null && TargetKinds.IsShare(figure.Kind) && figure.Received > 0 ? figure.Value / 100 : null;
            // A count or a level has no share: its parts would read 0/0, so only its result is written.
            var ratio = figure is not null && TargetKinds.IsShare(figure.Kind);
            yield return [$"Chỉ tiêu {block.Code}. {block.Name}", ratio ? figure!.Numerator : null, ratio ? figure!.Denominator : null, share, block.Total,
                figure is not null && info is not null ? FigureText.Goal(figure, info) : null, verdict];
        }

        var statuses = Enum.GetValues<DerivedTaskStatus>();
        foreach (var s in statuses)
        {
            yield return [$"Nhiệm vụ — {StatusNames.DisplayName(s)} (lượt đơn vị)", model.Tasks.Sum(x => x.Counts[(int)s]), null, null, null, null, null];
        }
    }

    /// <summary>
    /// Own report and children in the page's order, each target in the columns of its kind
    /// (<see cref="Parts"/>), and a total row of formulas that come to the page's "Tổng cộng".
    /// </summary>
    private static void WriteByUnit(SheetWriter sheet, ConsolidatedModel model)
    {
        var columns = new List<ExcelColumn>
        {
            new("Đơn vị", Width: 40), new("Phải nộp", ExcelColumnKind.Integer, 10), new("Đã nộp", ExcelColumnKind.Integer, 10), new("Đúng hạn", ExcelColumnKind.Integer, 10),
        };
        var parts = new List<(int Index, TargetKinds.Column Part)>();
        var tree = model.Consolidation.Tree;
        foreach (var block in model.Targets)
        {
            var index = tree!.Targets.ToList().FindIndex(x => x.Code == block.Code);
            foreach (var part in TargetKinds.Columns(tree.Targets[index].Definition))
            {
                parts.Add((index, part));
                columns.Add(new ExcelColumn($"{block.Code} — {part.Header}", ExcelColumnKind.Decimal, 12) { NumberFormat = AsTyped });
            }
        }

        var rows = new List<IReadOnlyList<object?>>();
        IReadOnlyList<object?>? total = null;
        if (model.Consolidation is { Tree: { } t, Result: { } root } && model.Total is { } tot)
        {
            if (model.Own is { } own && ConsolidatedModelBuilder.OwnOnly(t, root, model.Consolidation.Options) is { } ownResult)
            {
                rows.Add(Row(own, ownResult, parts));
            }

            var children = root.Children.Where(c => c.Expected > 0).ToList();
            rows.AddRange(model.Children.Select((row, i) => Row(row, children[i], parts)));
            total = [tot.Name, ExcelSum.OfColumn, ExcelSum.OfColumn, ExcelSum.OfColumn,
                .. parts.Select(p => p.Part.Cell(root.Targets[p.Index]) is null ? (object?)NotEntered(root.Targets[p.Index]) : p.Part.Lowest ? ExcelSum.MinOfColumn : ExcelSum.OfColumn)]; // nothing to total: as the page says
        }

        sheet.WriteTable(columns, rows, total);
    }

    private static IReadOnlyList<object?> Row(ConsolidatedModel.Row row, RollupResult result, List<(int Index, TargetKinds.Column Part)> parts) =>
        [row.Name, row.Expected, row.Received, row.OnTime, .. parts.Select(p => (object?)p.Part.Cell(result.Targets[p.Index]) ?? NotEntered(result.Targets[p.Index]))];

    /// <summary>An empty cell where the page reads "Chưa báo cáo"; the words where it reads "Chưa nhập chỉ tiêu" (ADR 0008).</summary>
    private static string? NotEntered(AggregatedTarget figure) =>
        figure.Expected > 0 && figure.Received == 0 && FigureText.Unanswered(figure) == FigureText.NotEntered ? FigureText.NotEntered : null;
}
