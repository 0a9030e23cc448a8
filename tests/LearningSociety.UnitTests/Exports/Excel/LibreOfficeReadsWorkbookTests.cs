using System.Text;
using LearningSociety.Infrastructure.Exports.Excel;
using LearningSociety.UnitTests.Support;

namespace LearningSociety.UnitTests.Exports.Excel;

/// <summary>An independent spreadsheet program opens the file: proof that it is valid beyond ClosedXML's own reading.</summary>
public class LibreOfficeReadsWorkbookTests
{
    [RequiresToolFact("libreoffice", "libreoffice-calc")]
    public void LibreOffice_converts_the_workbook_to_csv_as_a_person_would_see_it()
    {
        var rows = ToCsv(ExcelSamples.Workbook());

        Assert.Equal("BÁO CÁO KẾT QUẢ XÂY DỰNG XÃ HỘI HỌC TẬP", rows[0][0]);
        Assert.Equal(["STT", "Đơn vị báo cáo", "Số người tham gia học tập", "Tỷ lệ đạt", "Ngày báo cáo", "Ghi chú"], rows[3]);
        var first = rows[4];
        Assert.Equal("1", first[0]);
        Assert.Equal("UBND xã Mỹ An", first[1]);
        Assert.Matches(@"^1[.,\u00a0 ]030$", first[2]);
        Assert.Matches(@"^40[.,]5\s?%$", first[3]);
        Assert.Equal("05/12/2026", first[4]);
        Assert.Equal(ExcelSamples.Hyperlink, first[5]);
        Assert.Equal("09/01/2026", rows[5][4]);
        Assert.Equal("+1 cộng thêm", rows[5][5]);
        Assert.Equal("-2 ghi chú", rows[6][5]);
        Assert.Equal("@Trung tâm", rows[7][1]);
        Assert.Equal(8, rows.Count);
    }

    /// <summary>The national workbook is written by <see cref="StreamingSheet"/>, not ClosedXML: LibreOffice must read it too.</summary>
    [RequiresToolFact("libreoffice", "libreoffice-calc")]
    public void LibreOffice_reads_a_streamed_sheet_with_its_numbers_and_quoted_text()
    {
        using var stream = new MemoryStream();
        StreamingSheet.Write(stream, new ExcelDocumentInfo("Thử", "Sở GD&ĐT", new DateTimeOffset(2024, 12, 5, 2, 0, 0, TimeSpan.Zero)), "Theo xã",
            ["SỐ LIỆU THEO XÃ", "Kỳ năm 2024"],
            [new ExcelColumn("Xã", Width: 24), new ExcelColumn("Đã nộp", ExcelColumnKind.Integer, 9), new ExcelColumn("Tỷ lệ", ExcelColumnKind.Percent, 10)],
            [["Xã Long Hựu Đông", 1030, 0.405m], ["=1+1", 2, null]]);

        var rows = ToCsv(stream.ToArray());

        Assert.Equal("SỐ LIỆU THEO XÃ", rows[0][0]);
        Assert.Equal(["Xã", "Đã nộp", "Tỷ lệ"], rows[3]);
        Assert.Equal("Xã Long Hựu Đông", rows[4][0]);
        Assert.Matches(@"^1[.,\u00a0 ]030$", rows[4][1]);
        Assert.Matches(@"^40[.,]5\s?%$", rows[4][2]);
        Assert.Equal("=1+1", rows[5][0]); // shown as typed, not computed to 2
        Assert.Equal("", rows[5][2]);
    }

    /// <summary>Converts with LibreOffice headless and reads the first sheet's CSV back.</summary>
    private static List<string[]> ToCsv(byte[] xlsxBytes)
    {
        var work = Directory.CreateTempSubdirectory("xlsx-csv-");
        try
        {
            var xlsx = Path.Combine(work.FullName, "bao-cao.xlsx");
            File.WriteAllBytes(xlsx, xlsxBytes);

            // A private profile: parallel runs and a developer's open LibreOffice do not collide.
            var profile = new Uri(Path.Combine(work.FullName, "profile")).AbsoluteUri;
            ExternalTool.Run(
                "libreoffice",
                [$"-env:UserInstallation={profile}", "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", work.FullName, xlsx],
                TimeSpan.FromMinutes(3),
                new Dictionary<string, string> { ["HOME"] = work.FullName });

            return Csv.Parse(File.ReadAllText(Path.Combine(work.FullName, "bao-cao.csv"), Encoding.UTF8));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>RFC 4180 reading: quoted fields may hold commas, quotes and line breaks.</summary>
    private static class Csv
    {
        public static List<string[]> Parse(string text)
        {
            var rows = new List<string[]>();
            var row = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    row.Add(field.ToString());
                    field.Clear();
                }
                else if (c == '\n')
                {
                    row.Add(field.ToString().TrimEnd('\r'));
                    field.Clear();
                    rows.Add([.. row]);
                    row.Clear();
                }
                else
                {
                    field.Append(c);
                }
            }

            if (field.Length > 0 || row.Count > 0)
            {
                row.Add(field.ToString());
                rows.Add([.. row]);
            }

            return rows;
        }
    }
}
