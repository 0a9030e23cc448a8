using System.IO.Compression;
using System.Text;
using LearningSociety.Infrastructure.Importing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace LearningSociety.UnitTests.Importing;

/// <summary>Plan files as users upload them: .txt in several encodings, .docx, and files that are not plans at all.</summary>
public class ReadingPlanFilesTests
{
    private readonly PlanDocumentReader _reader = new();

    [Fact]
    public void Utf8_with_and_without_bom_and_utf16_read_the_same_text()
    {
        var text = SeedPlans.Text("004");
        var expected = _reader.Read(new MemoryStream(new UTF8Encoding(false).GetBytes(text)), "kh.txt");

        Assert.Equal(expected, _reader.Read(new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]), "kh.txt"));
        Assert.Equal(expected, _reader.Read(new MemoryStream([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]), "kh.TXT"));
        Assert.Equal(expected, _reader.Read(new MemoryStream([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)]), "kh.txt"));
        Assert.Contains("Phòng Giáo dục và Đào tạo", expected, StringComparison.Ordinal);
    }

    [Fact]
    public void A_docx_of_a_seed_imports_as_well_as_its_text()
    {
        var seed = SeedPlans.Structured("002");
        var fromText = new PlanFileImporter().Import(new MemoryStream(Encoding.UTF8.GetBytes(SeedPlans.Text("002"))), "002.txt", seed.Agencies);
        var fromWord = new PlanFileImporter().Import(new MemoryStream(WordDocuments.FromLines(SeedPlans.Text("002"))), "002.docx", seed.Agencies);

        var text = ImportScorer.Score("002", fromText.Draft, seed);
        var word = ImportScorer.Score("002", fromWord.Draft, seed);
        Assert.Equal(text.Tasks, word.Tasks);
        Assert.Equal(text.Lead, word.Lead);
        Assert.Equal(text.Cooperating, word.Cooperating);
        Assert.Equal("002.docx", fromWord.Draft.Source);
        Assert.Equal("144", fromWord.Draft.Number);
    }

    [Fact]
    public void Word_list_numbering_is_written_out_as_labels()
    {
        var docx = WordDocuments.Numbered(
        [
            (-1, "KẾ HOẠCH"),
            (-1, "Thực hiện xây dựng xã hội học tập năm 2024"),
            (0, "NHIỆM VỤ"),
            (1, "Tuyên truyền"),
            (2, "Phòng Giáo dục và Đào tạo chủ trì tổ chức tuyên truyền."),
            (2, "Thường xuyên cập nhật tài liệu."),
            (1, "Đào tạo"),
            (3, "Mở lớp bồi dưỡng."),
            (0, "TỔ CHỨC THỰC HIỆN"),
        ]);

        var text = _reader.Read(new MemoryStream(docx), "numbered.docx");

        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            ["KẾ HOẠCH", "Thực hiện xây dựng xã hội học tập năm 2024", "I. NHIỆM VỤ", "1. Tuyên truyền", "a) Phòng Giáo dục và Đào tạo chủ trì tổ chức tuyên truyền.",
             "b) Thường xuyên cập nhật tài liệu.", "2. Đào tạo", "- Mở lớp bồi dưỡng.", "II. TỔ CHỨC THỰC HIỆN"],
            lines);
    }

    [Fact]
    public void A_soft_line_break_in_Word_keeps_the_words_apart()
    {
        // Shift+Enter in Word: <w:br/> inside a run, or between runs; <w:cr/> likewise.
        var docx = WordDocuments.Build(body =>
        {
            body.Append(new W.Paragraph(new W.Run(new W.Text("Dòng 1"), new W.Break(), new W.Text("Dòng 2"))));
            body.Append(new W.Paragraph(new W.Run(new W.Text("Dòng 3")), new W.Run(new W.Break()), new W.Run(new W.Text("Dòng 4"))));
            body.Append(new W.Paragraph(new W.Run(new W.Text("Dòng 5"), new W.CarriageReturn(), new W.Text("Dòng 6"))));
        });

        var text = _reader.Read(new MemoryStream(docx), "ngat-dong.docx");

        Assert.Equal("Dòng 1 Dòng 2\n\nDòng 3 Dòng 4\n\nDòng 5 Dòng 6\n\n", text);
    }

    [Fact]
    public void A_task_written_over_a_soft_line_break_imports_with_a_space_between_the_lines()
    {
        var lines = SamplePlan.Text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var task = lines.Single(l => l.StartsWith("2. Lồng ghép", StringComparison.Ordinal));
        var docx = WordDocuments.Build(body =>
        {
            foreach (var line in lines)
            {
                body.Append(line == task
                    ? new W.Paragraph(new W.Run(new W.Text("2. Lồng ghép nội dung học tập suốt đời")), new W.Run(new W.Break(), new W.Text("vào chương trình bồi dưỡng chính trị hằng năm.")))
                    : new W.Paragraph(new W.Run(new W.Text(line) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })));
            }
        });

        var draft = new PlanFileImporter().Import(new MemoryStream(docx), "45.docx", []).Draft;

        var titles = Flatten(draft.Sections).Select(n => n.Title + " | " + n.Text).ToList();
        Assert.Single(titles, t => t.Contains("suốt đời vào chương trình", StringComparison.Ordinal));
        Assert.DoesNotContain(titles, t => t.StartsWith("vào chương trình", StringComparison.Ordinal) || t.Contains("đờivào", StringComparison.Ordinal));
    }

    private static IEnumerable<LearningSociety.Infrastructure.Seeding.NodeSeed> Flatten(IEnumerable<LearningSociety.Infrastructure.Seeding.NodeSeed> nodes) =>
        nodes.SelectMany(n => (IEnumerable<LearningSociety.Infrastructure.Seeding.NodeSeed>)[n, .. Flatten(n.Children ?? [])]);

    [Fact]
    public void An_empty_file_is_refused_with_a_message()
    {
        var ex = Assert.Throws<PlanFileException>(() => _reader.Read(new MemoryStream(), "trong.txt"));
        Assert.Equal("Tệp rỗng, không có nội dung để nhập.", ex.Message);

        ex = Assert.Throws<PlanFileException>(() => _reader.Read(new MemoryStream(Encoding.UTF8.GetBytes(" \r\n\t \n")), "trang.txt"));
        Assert.Contains("không có chữ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_before_it_is_read()
    {
        var big = new MemoryStream(new byte[50 * 1024 * 1024]);
        var ex = Assert.Throws<PlanFileException>(() => _reader.Read(big, "lon.txt"));
        Assert.Contains("Tệp quá lớn (50 MB); giới hạn là 10 MB", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, big.Position);
    }

    [Fact]
    public void A_stream_of_unknown_length_stops_at_the_limit()
    {
        var reader = new PlanDocumentReader(new PlanImportOptions { MaxFileBytes = 1024 * 1024 });
        var endless = new EndlessStream((byte)'a');

        var ex = Assert.Throws<PlanFileException>(() => reader.Read(endless, "vo-han.txt"));

        Assert.Contains("giới hạn là 1 MB", ex.Message, StringComparison.Ordinal);
        Assert.True(endless.Served <= 2 * 1024 * 1024, "read far past the limit");
    }

    [Fact]
    public void Binary_garbage_is_not_taken_for_text()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        var ex = Assert.Throws<PlanFileException>(() => _reader.Read(new MemoryStream(bytes), "rac.txt"));

        Assert.Contains("tệp nhị phân", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_in_an_old_vietnamese_code_page_asks_for_utf8()
    {
        // "Kế hoạch" in Windows-1258 / TCVN3-like single bytes: not valid UTF-8, but no control bytes either.
        byte[] bytes = [0x4B, 0xEA, 0xD2, 0x20, 0x68, 0x6F, 0xB9, 0x63, 0x68, 0x0A];

        var ex = Assert.Throws<PlanFileException>(() => _reader.Read(new MemoryStream(bytes), "cu.txt"));

        Assert.Contains("UTF-8", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("random")]
    [InlineData("text")]
    [InlineData("zip")]
    public void A_fake_docx_is_refused_with_a_message(string kind)
    {
        byte[] bytes = kind switch
        {
            "random" => RandomBytes(2048),
            "text" => Encoding.UTF8.GetBytes(SeedPlans.Text("003")),
            _ => ZipWith("hello.txt", "xin chào"),
        };

        var ex = Assert.Throws<PlanFileException>(() => _reader.Read(new MemoryStream(bytes), "ke-hoach.docx"));

        Assert.Contains("Word", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_docx_that_unzips_to_far_more_than_the_limit_is_refused()
    {
        var reader = new PlanDocumentReader(new PlanImportOptions { MaxFileBytes = 100 * 1024 });
        var line = new string('x', 1000);
        var docx = WordDocuments.Build(body =>
        {
            for (var i = 0; i < 2000; i++)
            {
                body.Append(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text(line))));
            }
        });
        Assert.True(docx.Length < 100 * 1024, "the test file itself must pass the size check");

        var ex = Assert.Throws<PlanFileException>(() => reader.Read(new MemoryStream(docx), "bom.docx"));

        Assert.Contains("quá lớn (vượt quá 500 KB)", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ke-hoach.doc")]
    [InlineData("ke-hoach")]
    public void Other_file_types_are_refused_by_name(string name)
    {
        var ex = Assert.Throws<PlanFileException>(() => _reader.Read(new MemoryStream(Encoding.UTF8.GetBytes("KẾ HOẠCH")), name));

        Assert.Contains("chưa được hỗ trợ", ex.Message, StringComparison.Ordinal);
    }

    private static byte[] RandomBytes(int n)
    {
        var bytes = new byte[n];
        new Random(11).NextBytes(bytes);
        return bytes;
    }

    private static byte[] ZipWith(string name, string content)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(content);
        }

        return memory.ToArray();
    }

    /// <summary>A stream that never ends and cannot tell its length, like a slow upload.</summary>
    private sealed class EndlessStream(byte fill) : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, fill, offset, count);
            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
