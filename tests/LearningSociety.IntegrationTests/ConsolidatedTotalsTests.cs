using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using LearningSociety.IntegrationTests.Infrastructure;

namespace LearningSociety.IntegrationTests;

/// <summary>
/// Every total of the consolidated workbook, and every "chưa nộp" number of every surface, means
/// what the page and the API mean, with approved-only off and on.
/// </summary>
public sealed partial class ConsolidatedTotalsTests(ConsolidatedPagesTests.Portal portal) : IClassFixture<ConsolidatedPagesTests.Portal>
{
    public static TheoryData<string, string, bool> Scopes => new()
    {
        { "KH-BCĐ", Consolidations.CanDuoc, false },
        { "KH-BCĐ", Consolidations.CanDuoc, true },
        { "KH-BCĐ", Consolidations.LongAn, false },
        { "KH-BCĐ", Consolidations.LongAn, true },
        { "KH-UBND", Consolidations.ThapMuoi, false },
        { "KH-UBND", Consolidations.ThapMuoi, true },
        { "KH-UBND", Consolidations.DongThap, false },
    };

    [Theory]
    [MemberData(nameof(Scopes))]
    public async Task The_by_unit_total_row_and_the_summary_give_the_apis_figures_for_every_target_kind(string plan, string unitCode, bool approvedOnly)
    {
        var admin = await portal.Factory.SignedInAsync("admin@hoctap.local");
        var period = await portal.Factory.PeriodIdAsync(plan);
        var unit = await portal.Factory.UnitIdAsync(unitCode);
        var api = await admin.ApiAsync(period, unit, approvedOnly);
        using var book = await admin.WorkbookAsync(Consolidations.Url("/Consolidated/Excel", period, unit, approvedOnly));

        var sheet = book.Worksheet("Theo đơn vị");
        var header = sheet.RowsUsed().First(r => r.Cell(1).GetString() == "Đơn vị");
        var total = sheet.RowsUsed().Last();
        Assert.Equal("Tổng cộng", total.Cell(1).GetString());
        decimal? Total(string title)
        {
            var column = header.CellsUsed().Single(c => c.GetString() == title).Address.ColumnNumber;
            var cell = total.Cell(column);
            return cell.IsEmpty() && !cell.HasFormula ? null : cell.GetValue<decimal>();
        }

        // Where nothing was received the page reads "Chưa báo cáo" and the API 0: the workbook leaves the total empty.
        decimal Share(string title, decimal? value) => Total(title) ?? (value is null ? 0 : throw new Xunit.Sdk.XunitException($"{title}: empty total"));

        Assert.Equal(api.Int("expected"), Total("Phải nộp"));
        Assert.Equal(api.Int("received"), Total("Đã nộp"));
        Assert.Equal(api.Int("onTime"), Total("Đúng hạn"));
        var summary = book.Worksheet("Tổng hợp");
        foreach (var target in api.GetProperty("targets").EnumerateArray())
        {
            var code = target.GetProperty("code").GetString()!;
            var numerator = target.GetProperty("numerator").GetDecimal();
            var denominator = target.GetProperty("denominator").GetDecimal();
            var value = target.GetProperty("value").ValueKind == JsonValueKind.Null ? (decimal?)null : target.GetProperty("value").GetDecimal();
            var kind = target.GetProperty("kind").GetString();
            var line = summary.RowsUsed().Single(r => r.Cell(1).GetString().StartsWith($"Chỉ tiêu {code}. ", StringComparison.Ordinal));
            switch (kind)
            {
                case "Percentage":
                    Assert.Equal(numerator, Share($"{code} — tử số", value));
                    Assert.Equal(denominator, Share($"{code} — mẫu số", value));
                    break;
                case "UnitsReaching":
                    Assert.Equal(numerator, Share($"{code} — đơn vị đạt", value));
                    Assert.Equal(denominator, Total($"{code} — đơn vị phải đạt"));
                    break;
                case "YesNo":
                    Assert.Equal(numerator, Share($"{code} — số trả lời “Có”", value));
                    Assert.Equal(denominator, Share($"{code} — số đã trả lời", value));
                    break;
                case "Count":
                    Assert.Equal(value is null ? null : numerator, Total($"{code} — tổng số"));
                    Assert.True(line.Cell(2).IsEmpty() && line.Cell(3).IsEmpty(), $"{code}: a count has no numerator and denominator in the summary");
                    continue;
                case "Level":
                    Assert.Equal(value, Total($"{code} — mức độ thấp nhất"));
                    Assert.True(line.Cell(2).IsEmpty() && line.Cell(3).IsEmpty(), $"{code}: a level has no numerator and denominator in the summary");
                    continue;
                default:
                    Assert.Fail($"unknown kind {kind}");
                    break;
            }

            Assert.Equal(numerator, line.Cell(2).GetValue<decimal>());
            Assert.Equal(denominator, line.Cell(3).GetValue<decimal>());
        }
    }

    [Theory]
    [InlineData(Consolidations.CanDuoc, true)]
    [InlineData(Consolidations.CanDuoc, false)]
    [InlineData(Consolidations.LongAn, true)]
    public async Task The_not_received_card_the_chase_list_and_the_missing_sheet_count_the_same_reporters(string unitCode, bool approvedOnly)
    {
        var admin = await portal.Factory.SignedInAsync("admin@hoctap.local");
        var unit = await portal.Factory.UnitIdAsync(unitCode);
        var api = await admin.ApiAsync(portal.CanDuocPeriod, unit, approvedOnly);
        var missing = api.Int("expected") - api.Int("received");
        Assert.True(missing > 0);

        var dashboard = await admin.GetStringAsync(Consolidations.Url("/Dashboard", portal.CanDuocPeriod, unit, approvedOnly));
        var leader = await admin.GetStringAsync(Consolidations.Url("/Dashboard/Leader", portal.CanDuocPeriod, unit, approvedOnly));
        Assert.Equal(missing, Card(dashboard));
        Assert.Equal(missing, Card(leader));
        Assert.Equal(missing.ToString(CultureInfo.InvariantCulture), ChaseHeading().Match(dashboard).Groups[1].Value);
        Assert.Equal(missing, Regex.Count(dashboard[dashboard.IndexOf("id=\"bang-chua-nop\"", StringComparison.Ordinal)..dashboard.IndexOf("id=\"qua-han\"", StringComparison.Ordinal)], "<tr>") - 1);

        using var book = await admin.WorkbookAsync(Consolidations.Url("/Consolidated/Excel", portal.CanDuocPeriod, unit, approvedOnly));
        var sheet = book.Worksheet("Chưa báo cáo");
        var header = sheet.RowsUsed().First(r => r.Cell(1).GetString() == "STT");
        Assert.Equal(missing, sheet.RowsUsed().Count(r => r.RowNumber() > header.RowNumber()));
    }

    private static int Card(string html)
    {
        var match = NotReceivedCard().Match(html);
        Assert.True(match.Success, "no card “Đơn vị chưa nộp”");
        return int.Parse(match.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("vi-VN"));
    }

    [GeneratedRegex(@"kpi-value"">([\d.]+)</div>\s*<div class=""kpi-label"">Đơn vị chưa nộp</div>")]
    private static partial Regex NotReceivedCard();

    [GeneratedRegex(@"Đơn vị chưa nộp báo cáo \((\d+)\)")]
    private static partial Regex ChaseHeading();
}
