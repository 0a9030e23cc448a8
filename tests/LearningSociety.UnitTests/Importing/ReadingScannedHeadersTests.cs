using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Units;

namespace LearningSociety.UnitTests.Importing;

/// <summary>Headers of scanned plans (seeds 000, 001): the motto beside the issuer, accents lost, digits for letters.</summary>
public class ReadingScannedHeadersTests
{
    [Fact]
    public void The_long_an_plan_header_reads_through_the_ocr_damage()
    {
        var (_, result) = SeedPlans.Import("000");
        var draft = result.Draft;

        Assert.Equal(("129", "KH-UBND"), (draft.Number, draft.Symbol));
        Assert.Equal((new DateOnly(2020, 6, 2), "Long An"), (draft.IssuedOn, draft.IssuedPlace));
        Assert.Equal("UY BAN NHAN DAN TINH LONG AN", draft.IssuerText);
        Assert.Equal(("80:ubnd", "80", UnitLevel.Province), (draft.Issuer, draft.Unit, draft.Level));
        var basis = draft.LegalBasis[0];
        Assert.Equal(("489/QĐ-TTg", new DateOnly(2020, 4, 8), "Thủ tướng Chính phủ"), (basis.Reference, basis.IssuedOn, basis.Issuer));
        Assert.Equal((LegalReferenceKind.Decision, LegalRelation.Implements), (basis.Kind, basis.Relation));
        Assert.Contains(draft.LegalBasis, r => r.Reference == "49-KL/TW" && r.Relation == LegalRelation.Cited && r.Issuer == "Ban Bí thư");
    }

    [Fact]
    public void A_place_that_lost_its_accents_is_restored_from_the_directory()
    {
        var (_, result) = SeedPlans.Import("001");

        Assert.Equal("Tháp Mười", result.Draft.IssuedPlace);
        Assert.Equal(("770", new DateOnly(2024, 2, 22)), (result.Draft.Number, result.Draft.IssuedOn));
        Assert.Equal((PlanKind.Annual, 2024, 2024), (result.Draft.Kind, result.Draft.PeriodStart, result.Draft.PeriodEnd));
    }

    [Fact]
    public void A_blank_number_and_day_are_reported_and_the_month_is_kept()
    {
        var (_, result) = SeedPlans.Import("004");

        Assert.Null(result.Draft.Number);
        Assert.Equal(("KH-BCĐ", new DateOnly(2024, 2, 1), false), (result.Draft.Symbol, result.Draft.IssuedOn, result.Draft.IssuedOnDayKnown));
        Assert.Contains(result.Issues, i => i.Message.Contains("để trống số", StringComparison.Ordinal));
        Assert.Contains(result.Issues, i => i.Message.Contains("để trống ngày", StringComparison.Ordinal));
        Assert.Equal(["Giai đoạn 1 (từ 2023 - 2025)", "Giai đoạn 2 (từ 2026 - 2030)"], result.Draft.Phases.Select(p => p.Name));
        Assert.Equal([ReviewKind.Interim, ReviewKind.Final], result.Draft.Phases.Select(p => p.Review!.Value));
    }

    [Fact]
    public void A_plan_whose_first_page_is_lost_takes_its_number_from_the_annex_and_says_so()
    {
        var (_, result) = SeedPlans.Import("003");

        Assert.Equal(("137", "KH-UBND"), (result.Draft.Number, result.Draft.Symbol));
        Assert.Contains(result.Issues, i => i.Message.Contains("Kèm theo Kế hoạch số", StringComparison.Ordinal));
        Assert.Contains(result.Issues, i => i.Line == 45 && i.Message.Contains("mất trang", StringComparison.Ordinal));
        Assert.Equal("I", result.Draft.Reporting.First().Outline[0].Number);
    }
}
