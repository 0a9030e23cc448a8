using System.Text;
using ClosedXML.Excel;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Plans;
using LearningSociety.Infrastructure.Importing;

namespace LearningSociety.UnitTests.Importing;

/// <summary>The Excel template for tasks, assignments and targets: download, fill in, upload.</summary>
public class AssignmentWorkbookTests
{
    [Fact]
    public void The_template_has_both_sheets_with_their_headings_and_drop_down_lists()
    {
        using var workbook = new XLWorkbook(Template());

        var tasks = workbook.Worksheet("Nhiệm vụ");
        Assert.Equal(
            ["Số hiệu mục", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"],
            Enumerable.Range(1, 5).Select(c => tasks.Cell(1, c).GetString()));
        var targets = workbook.Worksheet("Chỉ tiêu");
        Assert.Equal(
            ["Mã", "Tên chỉ tiêu", "Loại", "Đơn vị tính", "Tử số", "Mẫu số", "Cấp báo cáo", "Năm", "Giá trị"],
            Enumerable.Range(1, 9).Select(c => targets.Cell(1, c).GetString()));
        Assert.True(tasks.Column(2).Width > 40);
        Assert.True(targets.Cell(2, 3).HasDataValidation);
        Assert.True(targets.Cell(2, 7).HasDataValidation);
        Assert.Equal(1, tasks.SheetView.SplitRow);
    }

    [Fact]
    public void A_filled_template_reads_back_as_it_was_filled()
    {
        using var workbook = new XLWorkbook(Template());
        var tasks = workbook.Worksheet("Nhiệm vụ");
        Row(tasks, 2, "II.1.2.a", "Lồng ghép chuyên đề về khuyến học trong chương trình giáo dục chính trị", "Sở Giáo dục và Đào tạo",
            "Sở Lao động - Thương binh và Xã hội; Công an tỉnh", "hoàn thành trong quý II năm 2020");
        Row(tasks, 3, "VIII.2.-1", "Gửi báo cáo kết quả về UBND huyện", "UBND các xã, thị trấn", "", "trước ngày 10/12 hằng năm");
        Row(tasks, 5, "III.1", "Chỉ đạo các cơ quan thông tin đại chúng", "Ban Tuyên giáo Tỉnh ủy", "", "thường xuyên");
        var targets = workbook.Worksheet("Chỉ tiêu");
        Row(targets, 2, "T1", "Xã, thị trấn đạt chuẩn xóa mù chữ mức độ 2", "Tỷ lệ đơn vị đạt", "%", "Số xã đạt chuẩn", "Tổng số xã", "Xã", 2024, 100);
        Row(targets, 3, "T2", "Người trong độ tuổi lao động được trang bị kỹ năng sống", "Tỷ lệ", "%", "Số người được trang bị", "Tổng số người", "Huyện", 2024, "40,5");
        Row(targets, 4, "T3", "Huyện duy trì phổ cập giáo dục mầm non", "Có-Không", "", "", "", "Huyện", 2024, "Có");
        Row(targets, 5, "T4", "Lớp bồi dưỡng mở tại trung tâm học tập cộng đồng", "Số lượng", "lớp", "", "", "Cơ quan", 2025, 12);

        var content = AssignmentWorkbook.Read(Save(workbook));

        Assert.Empty(content.Issues);
        Assert.Equal(3, content.Tasks.Count);
        var first = content.Tasks[0];
        Assert.Equal((2, "II.1.2.a", "Lồng ghép chuyên đề về khuyến học trong chương trình giáo dục chính trị"), (first.Row, first.Number, first.Task));
        Assert.Equal(["Sở Giáo dục và Đào tạo"], first.Lead);
        Assert.Equal(["Sở Lao động - Thương binh và Xã hội", "Công an tỉnh"], first.Cooperating);
        Assert.Equal("hoàn thành trong quý II năm 2020", first.DeadlineText);
        Assert.Equal(DeadlineRule.InQuarter(2020, 2, "hoàn thành trong quý II năm 2020"), first.Deadline);
        Assert.Equal(DeadlineKind.Annual, content.Tasks[1].Deadline!.Kind);
        Assert.Empty(content.Tasks[1].Cooperating);
        Assert.Equal((5, DeadlineKind.Ongoing), (content.Tasks[2].Row, content.Tasks[2].Deadline!.Kind));

        Assert.Equal(
            [
                new TargetRow(2, "T1", "Xã, thị trấn đạt chuẩn xóa mù chữ mức độ 2", TargetKind.UnitsReaching, "%", "Số xã đạt chuẩn", "Tổng số xã", "commune", 2024, 100m),
                new TargetRow(3, "T2", "Người trong độ tuổi lao động được trang bị kỹ năng sống", TargetKind.Percentage, "%", "Số người được trang bị", "Tổng số người", "district", 2024, 40.5m),
                new TargetRow(4, "T3", "Huyện duy trì phổ cập giáo dục mầm non", TargetKind.YesNo, null, null, null, "district", 2024, 1m),
                new TargetRow(5, "T4", "Lớp bồi dưỡng mở tại trung tâm học tập cộng đồng", TargetKind.Count, "lớp", null, null, "agency", 2025, 12m),
            ],
            content.Targets);
    }

    [Fact]
    public void Cells_that_cannot_be_read_are_reported_by_sheet_row_and_column_and_the_rest_is_kept()
    {
        using var workbook = new XLWorkbook(Template());
        var tasks = workbook.Worksheet("Nhiệm vụ");
        Row(tasks, 2, "1", "Tuyên truyền", "Sở Tư pháp", "", "sớm nhất có thể");
        Row(tasks, 3, "2", "", "Sở Y tế", "", "");
        var targets = workbook.Worksheet("Chỉ tiêu");
        Row(targets, 2, "T1", "Tỷ lệ người biết chữ", "Phần trăm", "%", "", "", "", 2024, 98);
        Row(targets, 3, "T2", "Tỷ lệ xã đạt chuẩn", "Tỷ lệ đơn vị đạt", "%", "", "", "Thôn", "năm nay", 140);

        var content = AssignmentWorkbook.Read(Save(workbook));

        var task = Assert.Single(content.Tasks);
        Assert.Null(task.Deadline);
        Assert.Equal("sớm nhất có thể", task.DeadlineText);
        var target = Assert.Single(content.Targets);
        Assert.Equal(("T2", null, null, (decimal?)null), (target.Code, target.ReportedBy, target.Year, target.Value));
        Assert.Equal(
            [
                "Trang tính “Nhiệm vụ”, dòng 2, cột “Thời hạn”",
                "Trang tính “Nhiệm vụ”, dòng 3, cột “Nhiệm vụ”",
                "Trang tính “Chỉ tiêu”, dòng 2, cột “Loại”",
                "Trang tính “Chỉ tiêu”, dòng 3, cột “Cấp báo cáo”",
                "Trang tính “Chỉ tiêu”, dòng 3, cột “Năm”",
                "Trang tính “Chỉ tiêu”, dòng 3, cột “Giá trị”",
            ],
            content.Issues.Select(i => i.Location));
        Assert.Contains("không đọc được thời hạn “sớm nhất có thể”", content.Issues[0].Message, StringComparison.Ordinal);
        Assert.Contains("Tỷ lệ, Tỷ lệ đơn vị đạt, Số lượng, Có-Không, Mức độ", content.Issues[2].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("docx")]
    [InlineData("random")]
    public void A_file_that_is_not_a_workbook_gets_a_clear_message(string kind)
    {
        var bytes = kind switch
        {
            "text" => Encoding.UTF8.GetBytes("Mã;Tên chỉ tiêu\nT1;Tỷ lệ"),
            "docx" => WordDocuments.FromLines("KẾ HOẠCH\nI. MỤC ĐÍCH"),
            _ => Enumerable.Range(0, 3000).Select(i => (byte)(i * 7919 % 251)).ToArray(),
        };

        var ex = Assert.Throws<PlanFileException>(() => AssignmentWorkbook.Read(new MemoryStream(bytes)));

        Assert.Contains("bảng tính Excel (.xlsx)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_without_the_template_sheets_is_refused()
    {
        using var workbook = new XLWorkbook();
        workbook.Worksheets.Add("Sheet1").Cell(1, 1).Value = "Tên";

        var ex = Assert.Throws<PlanFileException>(() => AssignmentWorkbook.Read(Save(workbook)));

        Assert.Contains("“Nhiệm vụ”", ex.Message, StringComparison.Ordinal);
    }

    private static MemoryStream Template()
    {
        var stream = new MemoryStream();
        AssignmentWorkbook.CreateTemplate(stream);
        stream.Position = 0;
        return stream;
    }

    private static MemoryStream Save(XLWorkbook workbook)
    {
        var stream = new MemoryStream();
        workbook.SaveAs(stream);
        stream.Position = 0;
        return stream;
    }

    private static void Row(IXLWorksheet sheet, int row, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            sheet.Cell(row, i + 1).Value = values[i];
        }
    }
}
