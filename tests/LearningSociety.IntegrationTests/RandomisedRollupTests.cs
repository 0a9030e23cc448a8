using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using LearningSociety.Domain.Plans;
using LearningSociety.IntegrationTests.Infrastructure;
using LearningSociety.UnitTests.Support;
using static LearningSociety.IntegrationTests.Infrastructure.RandomRollupWorld;

namespace LearningSociety.IntegrationTests;

/// <summary>
/// Seeded random provinces (three tiers and two), every report status, on time and late, every kind of
/// target with blanks: the API, the consolidated page, the workbook (reopened) and the PDF (read back with
/// pdftotext) give the figures <see cref="RandomRollupWorld"/> computes from the definitions, with
/// approved-only off and on, for the province and for one unit below it.
/// </summary>
public sealed partial class RandomisedRollupTests(RandomisedRollupTests.Portal portal) : IClassFixture<RandomisedRollupTests.Portal>
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static readonly int[] Seeds = [1, 2, 3];

    public sealed class Portal : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();

        public Dictionary<int, RandomRollupWorld> Worlds { get; } = [];

        public async Task InitializeAsync()
        {
            Factory.CreatePortalClient();
            foreach (var seed in Seeds)
            {
                Worlds[seed] = await RandomRollupWorld.CreateAsync(Factory, seed);
            }
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    public static TheoryData<int, bool> Cases()
    {
        var data = new TheoryData<int, bool>();
        foreach (var seed in Seeds)
        {
            data.Add(seed, false);
            data.Add(seed, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_surface_gives_the_figures_computed_from_the_definitions(int seed, bool approvedOnly)
    {
        var world = portal.Worlds[seed];
        var admin = await portal.Factory.SignedInAsync("admin@hoctap.local");
        // The province, and the first unit below it that has units or agencies below it.
        var roots = new List<GenUnit> { world.Province };
        roots.AddRange(world.Units.Where(u => u.Parent == world.Province && world.Children(u, approvedOnly).Count > 0).Take(1));
        foreach (var root in roots)
        {
            var total = world.Expect(root, approvedOnly);
            Assert.True(total.Expected > total.Received, $"seed {seed}: a tree with nothing missing tests less");
            var context = $"seed {seed}, {root.Name}, approvedOnly={approvedOnly}";
            await CheckApiAsync(admin, world, root, approvedOnly, context);
            var pageTotals = await CheckPageAsync(admin, world, root, approvedOnly, context);
            await CheckWorkbookAsync(admin, world, root, approvedOnly, pageTotals, context);
            await CheckPdfAsync(admin, world, root, approvedOnly, context);
        }

        var dashboard = await admin.GetStringAsync(Consolidations.Url("/Dashboard", world.PeriodId, world.Province.Id, approvedOnly));
        var card = NotReceivedCard().Match(dashboard);
        Assert.True(card.Success, "no card “Đơn vị chưa nộp”");
        Assert.Equal(world.NotReceived(world.Province, approvedOnly).Count, int.Parse(card.Groups[1].Value, NumberStyles.AllowThousands, Vi));
    }

    [Fact]
    public void The_worlds_hold_every_status_every_kind_both_edges_of_the_deadline_and_blanks()
    {
        foreach (var world in portal.Worlds.Values)
        {
            Assert.Equal(Enum.GetValues<Domain.Reporting.ReportStatus>().Length, world.Reports.Select(r => r.Status).Distinct().Count());
            // Every kind but the rating distribution, whose sums over a tree RatingTargetTests checks on every surface.
            Assert.Equal(Enum.GetValues<TargetKind>().Length - 1, world.Targets.Select(t => t.Kind).Distinct().Count(k => k != TargetKind.RatingDistribution));
            var submitted = world.Reports.Where(r => r.SubmittedAt is not null).ToList();
            Assert.Contains(submitted, r => OnTime(r.SubmittedAt!.Value));
            Assert.Contains(submitted, r => !OnTime(r.SubmittedAt!.Value));
            Assert.Contains(world.Reports, r => world.Targets.Any(t => !r.Figures.ContainsKey(t.Code)));
        }

        Assert.Contains(portal.Worlds.Values, w => w.ThreeTiers);
        Assert.Contains(portal.Worlds.Values, w => !w.ThreeTiers);
    }

    private static async Task CheckApiAsync(HttpClient admin, RandomRollupWorld world, GenUnit root, bool approvedOnly, string context)
    {
        var api = await admin.ApiAsync(world.PeriodId, root.Id, approvedOnly);
        AssertApiFigures(api, world.Expect(root, approvedOnly), context);
        var children = world.Children(root, approvedOnly);
        var apiChildren = api.GetProperty("children").EnumerateArray().ToList();
        Assert.Equal(children.Select(c => c.Name).Order(), apiChildren.Select(c => c.GetProperty("unit").GetProperty("name").GetString()).Order());
        foreach (var child in children)
        {
            AssertApiFigures(apiChildren.Single(c => c.GetProperty("unit").GetProperty("name").GetString() == child.Name), child.Figures, $"{context}, {child.Name}");
        }

        var own = world.Own(root, approvedOnly);
        if (own is null)
        {
            Assert.Equal(JsonValueKind.Null, api.GetProperty("ownReport").ValueKind);
        }
        else
        {
            AssertApiFigures(api.GetProperty("ownReport"), own.Figures, $"{context}, own report");
        }
    }

    private static void AssertApiFigures(JsonElement api, Expectation expected, string context)
    {
        Assert.True(expected.Expected == api.Int("expected"), $"{context}: expected");
        Assert.True(expected.Received == api.Int("received"), $"{context}: received");
        Assert.True(expected.OnTime == api.Int("onTime"), $"{context}: on time");
        Assert.Equal(Round2(expected.Completeness), Nullable(api.GetProperty("completeness")));
        Assert.Equal(Round2(expected.Timeliness), Nullable(api.GetProperty("timeliness")));
        var targets = api.GetProperty("targets").EnumerateArray().ToList();
        Assert.Equal(expected.Targets.Values.Where(t => t.Expected > 0).Select(t => t.Target.Code).Order(), targets.Select(t => t.GetProperty("code").GetString()).Order());
        foreach (var t in targets)
        {
            var e = expected.Targets[t.GetProperty("code").GetString()!];
            var what = $"{context}, {e.Target.Code} ({e.Target.Kind})";
            Assert.True(e.Numerator == t.GetProperty("numerator").GetDecimal(), $"{what}: numerator {e.Numerator} ≠ {t.GetProperty("numerator")}");
            Assert.True(e.Denominator == t.GetProperty("denominator").GetDecimal(), $"{what}: denominator {e.Denominator} ≠ {t.GetProperty("denominator")}");
            Assert.True(Round2(e.Value) == Nullable(t.GetProperty("value")), $"{what}: value {e.Value} ≠ {t.GetProperty("value")}");
            Assert.True(e.Missing == t.Int("missing"), $"{what}: missing");
        }
    }

    /// <summary>The page's total and row numbers, and each target's text, as a person reads them.</summary>
    private static async Task<Dictionary<string, string>> CheckPageAsync(HttpClient admin, RandomRollupWorld world, GenUnit root, bool approvedOnly, string context)
    {
        var html = WebUtility.HtmlDecode(await admin.GetStringAsync(Consolidations.Url("/Consolidated", world.PeriodId, root.Id, approvedOnly)));
        var table = Between(html, "id=\"bang-nop\"", "</table>");
        var rows = RowPattern().Matches(table).Select(m => ReadRow(m.Value)).Where(r => r.Name.Length > 0).ToList();
        var own = world.Own(root, approvedOnly);
        var children = world.Children(root, approvedOnly);
        Assert.Equal(1 + (own is null ? 0 : 1) + children.Count, rows.Count);
        AssertCountRow(rows.Single(r => r.Name == "Tổng cộng"), world.Expect(root, approvedOnly), $"{context}, page total");
        if (own is not null)
        {
            AssertCountRow(rows.Single(r => r.Name == "Báo cáo riêng của " + own.Name), own.Figures, $"{context}, page own row");
        }

        foreach (var child in children)
        {
            AssertCountRow(rows.Single(r => r.Name == child.Name), child.Figures, $"{context}, page row {child.Name}");
        }

        var totals = new Dictionary<string, string>();
        var total = world.Expect(root, approvedOnly);
        foreach (var target in world.Targets)
        {
            var e = total.Targets[target.Code];
            if (e.Expected == 0)
            {
                Assert.DoesNotContain($"id=\"chi-tieu-{target.Code}\"", html, StringComparison.Ordinal);
                continue;
            }

            var block = Between(html, $"id=\"chi-tieu-{target.Code}\"", "</details>");
            var cells = RowPattern().Matches(block).Select(m => ReadRow(m.Value)).Where(r => r.Name.Length > 0).ToDictionary(r => r.Name, r => r.Cells["Kết quả"]);
            totals[target.Code] = cells["Tổng cộng"];
            AssertTargetText(cells["Tổng cộng"], e, single: false, $"{context}, page total {target.Code}");
            if (own?.Figures.Targets[target.Code] is { Expected: > 0 } ownFigure)
            {
                AssertTargetText(cells["Báo cáo riêng"], ownFigure, single: true, $"{context}, page own {target.Code}");
            }

            foreach (var child in children.Where(c => c.Figures.Targets[target.Code].Expected > 0))
            {
                AssertTargetText(cells[child.Name], child.Figures.Targets[target.Code], child.IsLeaf, $"{context}, page {child.Name} {target.Code}");
            }
        }

        return totals;
    }

    private static async Task CheckWorkbookAsync(HttpClient admin, RandomRollupWorld world, GenUnit root, bool approvedOnly, Dictionary<string, string> pageTotals, string context)
    {
        using var book = await admin.WorkbookAsync(Consolidations.Url("/Consolidated/Excel", world.PeriodId, root.Id, approvedOnly));
        var total = world.Expect(root, approvedOnly);

        var summary = book.Worksheet("Tổng hợp");
        var completeness = summary.RowsUsed().Single(r => r.Cell(1).GetString().StartsWith("Tỷ lệ nộp báo cáo", StringComparison.Ordinal));
        Assert.Equal((total.Received, total.Expected), (completeness.Cell(2).GetValue<int>(), completeness.Cell(3).GetValue<int>()));
        var timeliness = summary.RowsUsed().Single(r => r.Cell(1).GetString().StartsWith("Tỷ lệ nộp đúng hạn", StringComparison.Ordinal));
        Assert.Equal((total.OnTime, total.Expected), (timeliness.Cell(2).GetValue<int>(), timeliness.Cell(3).GetValue<int>()));
        foreach (var (code, text) in pageTotals)
        {
            var e = total.Targets[code];
            var line = summary.RowsUsed().Single(r => r.Cell(1).GetString().StartsWith($"Chỉ tiêu {code}. ", StringComparison.Ordinal));
            Assert.Equal(text, line.Cell(5).GetString());
            if (e.Target.Kind is TargetKind.Percentage or TargetKind.UnitsReaching or TargetKind.YesNo)
            {
                Assert.True((e.Numerator, e.Denominator) == (line.Cell(2).GetValue<decimal>(), line.Cell(3).GetValue<decimal>()), $"{context}, summary {code}");
            }
        }

        var sheet = book.Worksheet("Theo đơn vị");
        var header = sheet.RowsUsed().First(r => r.Cell(1).GetString() == "Đơn vị");
        var columns = header.CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);
        var rows = sheet.RowsUsed().Where(r => r.RowNumber() > header.RowNumber()).ToDictionary(r => r.Cell(1).GetString(), r => r);
        var expectedRows = world.Children(root, approvedOnly).Select(c => (c.Name, c.Figures)).ToList();
        if (world.Own(root, approvedOnly) is { } own)
        {
            expectedRows.Add(("Báo cáo riêng của " + own.Name, own.Figures));
        }

        expectedRows.Add(("Tổng cộng", total));
        Assert.Equal(expectedRows.Select(r => r.Name).Order(), rows.Keys.Order());
        foreach (var (name, figures) in expectedRows)
        {
            var row = rows[name];
            var what = $"{context}, “Theo đơn vị” {name}";
            Assert.True((figures.Expected, figures.Received, figures.OnTime) == (Int(row.Cell(columns["Phải nộp"])), Int(row.Cell(columns["Đã nộp"])), Int(row.Cell(columns["Đúng hạn"]))), what);
            foreach (var code in pageTotals.Keys)
            {
                var e = figures.Targets[code];
                // Where nothing came in the cell is empty ("Chưa báo cáo") or says "Chưa nhập chỉ tiêu" (ADR 0008).
                object? Blank() => e.Received > 0 || e.Expected == 0 ? null : e.NotReported == 0 ? "Chưa nhập chỉ tiêu" : null;
                object? Parts(decimal value) => e.Received > 0 ? value : Blank();
                var cells = e.Target.Kind switch
                {
                    TargetKind.Percentage => new[] { ("tử số", Parts(e.Numerator)), ("mẫu số", Parts(e.Denominator)) },
                    TargetKind.UnitsReaching => [("đơn vị đạt", Parts(e.Numerator)), ("đơn vị phải đạt", e.Expected > 0 ? e.Denominator : null)],
                    TargetKind.YesNo => [("số trả lời “Có”", Parts(e.Numerator)), ("số đã trả lời", Parts(e.Denominator))],
                    TargetKind.Count => [("tổng số", Parts(e.Numerator))],
                    TargetKind.Level => [("mức độ thấp nhất", e.MinLevel is { } m ? (decimal)m : Blank())],
                    _ => throw new ArgumentOutOfRangeException(nameof(world)),
                };
                foreach (var (part, value) in cells)
                {
                    var cell = row.Cell(columns[$"{code} — {part}"]);
                    object? actual = cell.IsEmpty() && !cell.HasFormula ? null : cell.TryGetValue<decimal>(out var number) ? number : cell.GetString();
                    Assert.True(Equals(value, actual), $"{what}, {code} — {part}: expected {value ?? "(empty)"}, found {actual ?? "(empty)"}");
                }
            }
        }
    }

    private static async Task CheckPdfAsync(HttpClient admin, RandomRollupWorld world, GenUnit root, bool approvedOnly, string context)
    {
        var pdf = await admin.PdfAsync(Consolidations.Url("/Consolidated/Pdf", world.PeriodId, root.Id, approvedOnly));
        var path = Path.Combine(Path.GetTempPath(), $"rollup-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        string layout;
        try
        {
            layout = ExternalTool.Run("pdftotext", ["-layout", "-enc", "UTF-8", path, "-"], TimeSpan.FromSeconds(60));
        }
        finally
        {
            File.Delete(path);
        }

        var text = Spaces().Replace(layout, " ");
        var total = world.Expect(root, approvedOnly);
        Assert.Contains($"Số đơn vị phải nộp: {N(total.Expected)}; đã nộp: {N(total.Received)}; nộp đúng hạn: {N(total.OnTime)}.", text, StringComparison.Ordinal);
        Assert.Contains($"Tỷ lệ nộp báo cáo: {Percent(total.Completeness)}; tỷ lệ nộp đúng hạn: {Percent(total.Timeliness)}.", text, StringComparison.Ordinal);

        // Section II: each target's total figure as a token of its row.
        var targets = Between(text, "II. KẾT QUẢ THỰC HIỆN CHỈ TIÊU", "III. KẾT QUẢ THEO ĐƠN VỊ");
        foreach (var e in total.Targets.Values.Where(t => t.Expected > 0))
        {
            var token = e.Received == 0 ? null : e.Target.Kind switch
            {
                TargetKind.Count => N(e.Numerator),
                TargetKind.Level => null,
                _ => $"{N(e.Numerator)}/{N(e.Denominator)}",
            };
            if (token is not null)
            {
                Assert.True(targets.Contains(token, StringComparison.Ordinal), $"{context}, PDF {e.Target.Code}: {token} not in “{targets}”");
            }
        }

        // Section IV: one numbered line per reporter "chưa nộp", each named.
        var lines = Between(layout, "IV. ĐƠN VỊ CHƯA BÁO CÁO", "Nơi nhận").Split('\n');
        var missing = world.NotReceived(root, approvedOnly);
        Assert.True(missing.Count == lines.Count(l => NumberedLine().IsMatch(l)), $"{context}, PDF section IV");
        Assert.All(missing, name => Assert.Contains(lines, l => NumberedLine().IsMatch(l) && l.Contains(name, StringComparison.Ordinal)));
    }

    private static void AssertCountRow((string Name, Dictionary<string, string> Cells) row, Expectation e, string context)
    {
        Assert.True(N(e.Expected) == row.Cells["Phải nộp"], $"{context}: Phải nộp");
        Assert.True(N(e.Received) == row.Cells["Đã nộp"], $"{context}: Đã nộp");
        Assert.True(N(e.OnTime) == row.Cells["Nộp đúng hạn"], $"{context}: Nộp đúng hạn");
        Assert.True(Percent(e.Completeness) == row.Cells["Tỷ lệ nộp báo cáo"], $"{context}: Tỷ lệ nộp báo cáo {row.Cells["Tỷ lệ nộp báo cáo"]}");
        Assert.True(Percent(e.Timeliness) == row.Cells["Tỷ lệ nộp đúng hạn"], $"{context}: Tỷ lệ nộp đúng hạn");
    }

    /// <summary>Reads the figure back out of the page's words and checks it against the expectation.</summary>
    private static void AssertTargetText(string text, TargetExpectation e, bool single, string context)
    {
        var what = $"{context}: “{text}”";
        if (e.Received == 0)
        {
            var words = e.NotReported == 0 ? "Chưa nhập chỉ tiêu" : "Chưa báo cáo" + (!single && e.NotEntered > 0 ? $" · {N(e.NotEntered)} chưa nhập chỉ tiêu" : "");
            Assert.True(words == text, what);
            return;
        }

        switch (e.Target.Kind, single)
        {
            case (TargetKind.UnitsReaching, true):
                Assert.True(text.StartsWith(e.Numerator > 0 ? "Đạt" : "Chưa đạt", StringComparison.Ordinal), what);
                break;
            case (TargetKind.YesNo, true):
                Assert.True(text.StartsWith(e.Numerator > 0 ? "Có" : "Không", StringComparison.Ordinal), what);
                break;
            case (TargetKind.Count, _):
                Assert.True(text.StartsWith(N(e.Numerator) + " người", StringComparison.Ordinal), what);
                break;
            case (TargetKind.Level, _):
                Assert.True(text.StartsWith($"Mức độ {e.MinLevel}", StringComparison.Ordinal), what);
                break;
            default:
                var ratio = RatioPattern().Match(text);
                Assert.True(ratio.Success, what);
                Assert.True(e.Numerator == decimal.Parse(ratio.Groups["n"].Value, NumberStyles.Number, Vi), what);
                Assert.True(e.Denominator == decimal.Parse(ratio.Groups["d"].Value, NumberStyles.Number, Vi), what);
                if (e.Value is { } value)
                {
                    // One decimal as the plans write; a share under its target never reads as reaching it.
                    var shown = decimal.Parse(ratio.Groups["p"].Value, NumberStyles.Number, Vi);
                    Assert.True(Math.Abs(shown - value) <= 0.05m, what);
                    Assert.True(value >= e.Target.Goal || shown < e.Target.Goal, what);
                }
                else
                {
                    Assert.False(ratio.Groups["p"].Success, what);
                }

                break;
        }

        var suffix = single ? "" : (e.NotReported > 0 ? $" · {N(e.NotReported)} chưa báo cáo" : "") + (e.NotEntered > 0 ? $" · {N(e.NotEntered)} chưa nhập chỉ tiêu" : "");
        Assert.True(suffix.Length == 0 ? !text.Contains(" · ", StringComparison.Ordinal) : text.EndsWith(suffix, StringComparison.Ordinal), what);
    }

    private static (string Name, Dictionary<string, string> Cells) ReadRow(string tr)
    {
        var name = Tags().Replace(NameCell().Match(tr).Groups[1].Value, "").Replace("(cơ quan, đơn vị)", "", StringComparison.Ordinal).Trim();
        var cells = DataCell().Matches(tr).ToDictionary(m => m.Groups[1].Value, m => Spaces().Replace(Tags().Replace(m.Groups[2].Value, ""), " ").Trim());
        return (Spaces().Replace(name, " "), cells);
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"“{start}” not found");
        var to = text.IndexOf(end, from, StringComparison.Ordinal);
        return text[from..(to < 0 ? text.Length : to)];
    }

    private static int Int(IXLCell cell) => cell.GetValue<int>();

    private static decimal? Nullable(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetDecimal();

    private static decimal? Round2(decimal? v) => v is { } x ? Math.Round(x, 2, MidpointRounding.AwayFromZero) : null;

    private static string N(decimal v) => v == decimal.Truncate(v) ? v.ToString("N0", Vi) : v.ToString("#,##0.##", Vi);

    private static string N(int v) => v.ToString("N0", Vi);

    private static string Percent(decimal? v) => v is { } x ? Math.Round(x, 1, MidpointRounding.AwayFromZero).ToString("0.0", Vi) + "%" : "—";

    [GeneratedRegex("<tr[^>]*>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<(?:th scope=\"row\"|td data-label=\"Đơn vị\")[^>]*>(.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex NameCell();

    [GeneratedRegex("<td data-label=\"([^\"]+)\"[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex DataCell();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?<n>[\d.,]+)/(?<d>[\d.,]+)(?: đơn vị đạt| trả lời “Có”)?(?: \((?<p>[\d,]+)%\))?")]
    private static partial Regex RatioPattern();

    [GeneratedRegex(@"^\s*\d+\s+\S")]
    private static partial Regex NumberedLine();

    [GeneratedRegex(@"kpi-value"">([\d.]+)</div>\s*<div class=""kpi-label"">Đơn vị chưa nộp</div>")]
    private static partial Regex NotReceivedCard();
}
