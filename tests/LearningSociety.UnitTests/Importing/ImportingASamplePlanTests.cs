using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Importing;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Units;

namespace LearningSociety.UnitTests.Importing;

/// <summary>The rules of the importer, one at a time, on a plan none of the seeds resembles closely.</summary>
public class ImportingASamplePlanTests
{
    private readonly PlanImportResult _result = SamplePlan.Import();

    private PlanDraft Draft => _result.Draft;

    private DraftNode Node(string number) => Draft.AllNodes().Single(n => n.Number == number);

    [Fact]
    public void Header_gives_number_symbol_place_date_issuer_and_title()
    {
        Assert.Equal(("45", "KH-UBND"), (Draft.Number, Draft.Symbol));
        Assert.Equal(("Hòa Bình", new DateOnly(2024, 3, 5), true), (Draft.IssuedPlace, Draft.IssuedOn, Draft.IssuedOnDayKnown));
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH", Draft.IssuerText);
        Assert.Equal(("17:ubnd", "17", UnitLevel.Province), (Draft.Issuer, Draft.Unit, Draft.Level));
        Assert.Equal("Xây dựng xã hội học tập giai đoạn 2024 - 2025 trên địa bàn tỉnh Hòa Bình", Draft.Title);
        Assert.Equal((2024, 2025), (Draft.PeriodStart, Draft.PeriodEnd));
    }

    [Fact]
    public void Legal_basis_gives_reference_date_issuer_kind_and_relation()
    {
        Assert.Collection(
            Draft.LegalBasis,
            basis =>
            {
                Assert.Equal(("1373/QĐ-TTg", LegalReferenceKind.Decision, LegalRelation.Basis), (basis.Reference, basis.Kind, basis.Relation));
                Assert.Equal((new DateOnly(2021, 7, 30), "Thủ tướng Chính phủ"), (basis.IssuedOn, basis.Issuer));
                Assert.Equal("phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”", basis.Title);
            },
            implemented =>
            {
                Assert.Equal(("12/KH-BGDĐT", LegalReferenceKind.Plan, LegalRelation.Implements), (implemented.Reference, implemented.Kind, implemented.Relation));
                Assert.Equal((new DateOnly(2024, 1, 10), "Bộ Giáo dục và Đào tạo"), (implemented.IssuedOn, implemented.Issuer));
                Assert.Equal("về việc triển khai Đề án", implemented.Title);
            });
    }

    [Fact]
    public void Numbers_follow_the_labels_and_bullets_their_order()
    {
        Assert.Equal(
            ["I", "I.-1", "I.-2", "I.-3", "II", "II.1", "II.2", "II.3", "III", "III.1", "III.1.a", "III.1.b", "III.1.c", "III.1.d", "III.1.đ", "III.2", "III.2.-1", "III.2.-2"],
            Draft.AllNodes().Select(n => n.Number));
        Assert.Contains(_result.Issues, i => i.Line is not null && i.Message.Contains("“d)” thành “đ)”", StringComparison.Ordinal));
    }

    [Fact]
    public void Targets_and_headings_are_not_tasks_items_are()
    {
        Assert.Equal(
            ["II.1", "II.2", "II.3", "III.1.a", "III.1.b", "III.1.c", "III.1.d", "III.1.đ", "III.2.-1", "III.2.-2"],
            Draft.AllNodes().Where(n => n.IsTask).Select(n => n.Number));
    }

    [Fact]
    public void The_subject_leads_and_the_list_after_phoi_hop_voi_cooperates()
    {
        var node = Node("II.1");
        Assert.Equal(["17:so-y-te"], node.Lead);
        Assert.Equal(["17:so-tu-phap", "17:hoi-ccb", "new:hiep-hoi-doanh-nghiep-tinh"], node.Cooperating);
        var proposal = Assert.Single(_result.AgencyProposals, p => p.Key == "new:hiep-hoi-doanh-nghiep-tinh");
        Assert.Equal("Hiệp hội Doanh nghiệp tỉnh", proposal.Name);
    }

    [Fact]
    public void Giao_names_the_lead_and_an_item_without_an_agency_has_none()
    {
        Assert.Equal(["17:so-gddt"], Node("II.3").Lead);
        Assert.Empty(Node("II.2").Lead);
    }

    [Fact]
    public void An_agency_heading_leads_the_items_under_it()
    {
        Assert.All(["III.1.a", "III.1.b", "III.1.c", "III.1.d", "III.1.đ"], n => Assert.Equal(["17:hoi-khuyen-hoc"], Node(n).Lead));
        Assert.Equal(["17:so-tu-phap"], Node("III.1.a").Cooperating);
        Assert.All(["III.2.-1", "III.2.-2"], n => Assert.Equal(["17:ubnd-cap-huyen"], Node(n).Lead));
    }

    [Fact]
    public void Phoi_hop_voi_inside_what_the_lead_directs_others_to_do_is_no_cooperation()
    {
        Assert.Empty(Node("III.1.b").Cooperating);
    }

    [Fact]
    public void Deadlines_are_read_and_yearly_only_counts_when_it_opens_a_clause()
    {
        Assert.Equal(DeadlineRule.Fixed(new DateOnly(2024, 12, 15), "hoàn thành trước ngày 15/12/2024"), Node("II.1").Deadline);
        Assert.Null(Node("II.2").Deadline);
        Assert.Equal(DeadlineRule.EveryYear(20, 11, "trước ngày 20/11 hằng năm"), Node("II.3").Deadline);
        Assert.Equal(DeadlineKind.Ongoing, Node("III.1.c").Deadline?.Kind);
        Assert.Equal(DeadlineRule.AtPhaseEnd("Giai đoạn 2024 - 2025", "sơ kết vào năm 2025"), Node("III.1.d").Deadline);
        Assert.Equal(DeadlineRule.InQuarter(2024, 2, "thực hiện trong quý II năm 2024"), Node("III.2.-1").Deadline);
    }

    [Fact]
    public void Each_figure_of_a_target_sentence_is_a_target_of_its_kind()
    {
        Assert.Equal(
            [
                (TargetKind.Percentage, 40m, "I.-1"),
                (TargetKind.Percentage, 35m, "I.-1"),
                (TargetKind.UnitsReaching, 100m, "I.-2"),
                (TargetKind.Level, 3m, "I.-3"),
            ],
            Draft.Targets.Select(t => (t.Kind, t.Value, t.Section!)));
        Assert.Equal("Người trong độ tuổi lao động được trang bị năng lực số", Draft.Targets[0].Name);
        Assert.All(Draft.Targets, t => Assert.Equal(2025, t.Year));
    }

    [Fact]
    public void Reporting_duties_name_sender_receiver_frequency_and_deadline()
    {
        var yearly = Assert.Single(Draft.Reporting, r => r.From == "17:so-gddt");
        Assert.Equal(("17:ubnd", ReportFrequency.Annual), (yearly.To, yearly.Frequency));
        Assert.Equal(DeadlineKind.Annual, yearly.Deadline?.Kind);

        var viaDepartment = Assert.Single(Draft.Reporting, r => r.From == "17:ubnd-cap-huyen");
        Assert.Equal("new:phong-giao-duc-va-dao-tao", viaDepartment.To);
        Assert.Equal(new DateOnly(2024, 12, 10), viaDepartment.Deadline?.Date);
    }

    [Fact]
    public void Nothing_after_noi_nhan_is_read()
    {
        Assert.DoesNotContain(Draft.AllNodes(), n => (n.Text ?? n.Title ?? string.Empty).Contains("Lưu", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n\n12345 !!! ### ***")]
    [InlineData("\u0000\u0001\u0002 KẾ HOẠCH \uFFFD\uFFFD 1. 2. 3. a) b) - + I. II. III.")]
    public void Text_that_is_no_plan_gives_issues_not_an_exception(string text)
    {
        var result = new PlanTextImporter(SamplePlan.Directory).Import(text);

        Assert.NotEmpty(result.Issues);
        Assert.All(result.Issues, i => Assert.False(string.IsNullOrWhiteSpace(i.Message)));
    }
}
