using LearningSociety.Domain.Importing;

namespace LearningSociety.UnitTests.Importing;

/// <summary>
/// Text copied from a web page or a scan, hard-wrapped at a margin: paragraphs run over several lines,
/// short headings stand on their own lines, and the header's cells are split over lines.
/// </summary>
public class ReadingHardWrappedTextTests
{
    private const string Text = """
        ỦY BAN NHÂN DÂN
        TỈNH BẮC KẠN
        -------
        |
        CỘNG HÒA XÃ HỘI
        CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        |
        Số: 31/KH-UBND
        |
        Bắc Kạn, ngày
        08 tháng 4 năm 2022
        |
        KẾ HOẠCH
        PHÁT TRIỂN HỌC TẬP SUỐT ĐỜI
        TRÊN ĐỊA BÀN TỈNH BẮC KẠN
        Thực hiện Quyết định số
        1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án, Ủy ban nhân
        dân tỉnh ban hành Kế hoạch như sau:
        I. MỤC ĐÍCH,
        YÊU CẦU
        1. Mục đích
        - Nâng cao nhận thức của cán bộ, công chức và người dân về học tập suốt đời trong
        các cơ quan, tổ chức chính trị - xã hội ở cơ sở.
        - Phát huy vai trò của gia đình, dòng họ.
        2. Yêu cầu
        Bám sát điều kiện thực tế của từng
        địa phương, đơn vị.
        II. NHIỆM VỤ
        1. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Thông tin và Truyền thông
        tổ chức các hoạt động đọc sách tại thư viện tỉnh, hoàn thành trong quý III năm
        2022.
        """;

    private static readonly AgencyDirectoryEntry[] Directory =
    [
        new("06:ubnd", "Ủy ban nhân dân tỉnh Bắc Kạn", Unit: "06"),
        new("06:so-vhttdl", "Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Kạn", Unit: "06"),
        new("06:so-tttt", "Sở Thông tin và Truyền thông tỉnh Bắc Kạn", Unit: "06"),
    ];

    private readonly PlanImportResult _result = new PlanTextImporter(Directory).Import(Text);

    [Fact]
    public void A_header_split_over_lines_still_gives_place_date_and_issuer()
    {
        var draft = _result.Draft;
        Assert.Equal(("31", "Bắc Kạn", new DateOnly(2022, 4, 8)), (draft.Number, draft.IssuedPlace, draft.IssuedOn));
        Assert.Equal(("ỦY BAN NHÂN DÂN TỈNH BẮC KẠN", "06:ubnd"), (draft.IssuerText, draft.Issuer));
        Assert.Equal("PHÁT TRIỂN HỌC TẬP SUỐT ĐỜI TRÊN ĐỊA BÀN TỈNH BẮC KẠN", draft.Title);
        Assert.Equal("1373/QĐ-TTg", Assert.Single(draft.LegalBasis).Reference);
    }

    [Fact]
    public void Wrapped_lines_join_short_headings_stay_alone_and_a_wrapped_hyphen_is_no_bullet()
    {
        var nodes = _result.Draft.AllNodes().ToDictionary(n => n.Number);

        Assert.Equal(["I", "I.1", "I.1.-1", "I.1.-2", "I.2", "I.2.-1", "II", "II.1"], nodes.Keys);
        Assert.Equal("MỤC ĐÍCH, YÊU CẦU", nodes["I"].Title);
        Assert.Equal("Mục đích", nodes["I.1"].Title);
        Assert.EndsWith("các cơ quan, tổ chức chính trị - xã hội ở cơ sở.", nodes["I.1.-1"].Text, StringComparison.Ordinal);
        Assert.Equal("Bám sát điều kiện thực tế của từng địa phương, đơn vị.", nodes["I.2.-1"].Text);
    }

    [Fact]
    public void A_task_wrapped_over_lines_keeps_its_agencies_and_deadline()
    {
        var task = _result.Draft.AllNodes().Single(n => n.Number == "II.1");

        Assert.True(task.IsTask);
        Assert.Equal(["06:so-vhttdl"], task.Lead);
        Assert.Equal(["06:so-tttt"], task.Cooperating);
        Assert.Equal((2022, 3), (task.Deadline?.Year, task.Deadline?.Quarter));
    }
}
