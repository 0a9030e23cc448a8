using System.Buffers.Binary;
using System.Net;
using System.Text;
using System.Text.Json;
using LearningSociety.IntegrationTests.Infrastructure;

namespace LearningSociety.IntegrationTests;

/// <summary>
/// Scanned plans over HTTP, with the real OCR (tesseract -l vie and pdftoppm, installed by .ci/run): upload →
/// background job with its progress → the review page with each page's image beside its recognised text.
/// The scans are corpus plans made scan-like by ImportCorpus/scans/make-scans.py (skew, specks, stamp, blot).
/// </summary>
public sealed class ScannedPlanImportTests(ScannedPlanImportTests.Portal portal) : IClassFixture<ScannedPlanImportTests.Portal>
{
    public sealed class Portal : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();

        public HttpClient Author { get; private set; } = null!;

        public HttpClient OtherAuthor { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Author = await Factory.SignedInAsync("so.gddt@hoctap.local");
            OtherAuthor = await Factory.SignedInAsync("so.gddt.tayninh@hoctap.local");
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    private static byte[] Scan(string extension) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Scans", "16-ha-noi-52" + extension));

    private int Plans() => portal.Factory.Query(db => db.Plans.Count());

    private int Jobs() => portal.Factory.Query(db => db.OcrImportJobs.Count());

    [Fact]
    public async Task A_scanned_pdf_is_read_by_OCR_in_the_background_and_reviewed_beside_its_page_images()
    {
        var before = Plans();
        var upload = await portal.Author.ReadAsync(fileName: "ke-hoach-52-scan.pdf", file: Scan(".pdf"));
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var page = upload.Headers.Location!.OriginalString;
        var id = int.Parse(page.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);

        var progress = await portal.Author.GetStringAsync(page);
        Assert.Contains($"data-ocr-status=\"/PlanImport/OcrStatus/{id}\"", progress, StringComparison.Ordinal);
        Assert.Contains("<progress", progress, StringComparison.Ordinal);
        Assert.Contains("ke-hoach-52-scan.pdf", progress, StringComparison.Ordinal);

        var status = await FinishedAsync(portal.Author, id);
        Assert.Equal("done", status.GetProperty("state").GetString());
        Assert.Equal(100, status.GetProperty("progress").GetInt32());
        Assert.Equal("Đã nhận dạng xong 1 trang.", status.GetProperty("message").GetString());
        Assert.Equal($"/PlanImport/OcrReview/{id}", status.GetProperty("reviewUrl").GetString());

        var review = await portal.Author.GetAsync($"/PlanImport/OcrReview/{id}");
        var html = await review.Content.ReadAsStringAsync();
        Assert.True(review.StatusCode == HttpStatusCode.OK, ImportClient.Alert(html));
        Assert.Contains($"src=\"/PlanImport/OcrPage/{id}?page=1\"", html, StringComparison.Ordinal);
        Assert.Contains("Trang 1", html, StringComparison.Ordinal);
        var form = HtmlForm.Parse(html, ImportClient.ReviewAction);
        // Measured on this scan: number, symbol and date read right (ReadingScannedPlansTests has the corpus figures).
        Assert.Equal("52", form["Number"]);
        Assert.Equal("KH-UBND", form["Symbol"]);
        Assert.Contains("KẾ HOẠCH", html, StringComparison.Ordinal);

        var image = await portal.Author.GetAsync($"/PlanImport/OcrPage/{id}?page=1");
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType!.MediaType);
        Assert.Equal(0x89, (await image.Content.ReadAsByteArrayAsync())[0]);
        Assert.Equal(HttpStatusCode.NotFound, (await portal.Author.GetAsync($"/PlanImport/OcrPage/{id}?page=2")).StatusCode);

        // Another plan author learns nothing of it: not its page, its status, its images nor its text.
        foreach (var url in new[] { page, $"/PlanImport/OcrStatus/{id}", $"/PlanImport/OcrPage/{id}?page=1", $"/PlanImport/OcrReview/{id}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await portal.OtherAuthor.GetAsync(url)).StatusCode);
        }

        // "Kiểm tra" keeps the page images beside the text; nothing is saved until "Xác nhận lưu".
        ImportClient.ConfirmGuesses(html, form);
        var check = await portal.Author.PostReviewAsync(form, "Check");
        Assert.Contains($"src=\"/PlanImport/OcrPage/{id}?page=1\"", await check.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, Plans());
    }

    [Fact]
    public async Task A_photo_of_a_page_is_read_by_OCR_and_its_image_is_served_to_its_uploader()
    {
        var upload = await portal.Author.ReadAsync(fileName: "trang-1.png", file: Scan(".png"));
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var id = int.Parse(upload.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);

        var status = await FinishedAsync(portal.Author, id);
        Assert.Equal("done", status.GetProperty("state").GetString());
        var html = await portal.Author.GetStringAsync($"/PlanImport/OcrReview/{id}");
        Assert.Equal("52", HtmlForm.Parse(html, ImportClient.ReviewAction)["Number"]);
        var image = await portal.Author.GetAsync($"/PlanImport/OcrPage/{id}?page=1");
        Assert.Equal("image/png", image.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Scan(".png"), await image.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Blank_scanned_pages_end_with_a_message_that_no_letters_were_found()
    {
        var upload = await portal.Author.ReadAsync(fileName: "trang-trang.pdf", file: ImportClient.Pdf([], pages: 2));
        var id = int.Parse(upload.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);

        var status = await FinishedAsync(portal.Author, id);
        Assert.True(status.GetProperty("state").GetString() == "failed", status.ToString());
        Assert.True(status.GetProperty("message").GetString()!.Contains("Không nhận dạng được chữ nào", StringComparison.Ordinal), status.ToString());
        Assert.Contains("Không nhận dạng được chữ nào", await portal.Author.GetStringAsync($"/PlanImport/Ocr/{id}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await portal.Author.GetAsync($"/PlanImport/OcrReview/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await portal.Author.GetAsync($"/PlanImport/OcrPage/{id}?page=1")).StatusCode);
    }

    public static TheoryData<string, string, byte[], string> BadScans => new()
    {
        { "empty image", "anh.png", [], "Tệp rỗng" },
        { "empty pdf", "scan.pdf", [], "Tệp rỗng" },
        { "damaged pdf", "scan.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage"u8.ToArray(), "bị hỏng" },
        { "encrypted pdf", "scan.pdf", Encrypted(), "mật khẩu" },
        { "300 pages", "scan.pdf", ImportClient.Pdf([], pages: 300), "Tệp PDF có 300 trang; cổng chỉ đọc tệp đến 200 trang" },
        { "exe renamed", "anh.png", [.. "MZ\u0090\0\u0003\0\0\0"u8.ToArray(), .. new byte[4096]], "không phải ảnh PNG" },
        { "text renamed", "anh.jpg", "ỦY BAN NHÂN DÂN"u8.ToArray(), "không phải ảnh JPEG" },
        { "huge png", "anh.png", PngHeader(50_000, 40_000), "Ảnh quá lớn (50.000 × 40.000 điểm ảnh)" },
        { "gif", "anh.gif", "GIF89a"u8.ToArray(), "chưa được hỗ trợ" },
    };

    [Theory]
    [MemberData(nameof(BadScans))]
    public async Task A_bad_scan_is_refused_with_a_Vietnamese_message_and_no_job_or_plan_is_saved(string what, string name, byte[] bytes, string message)
    {
        var (plans, jobs) = (Plans(), Jobs());

        var response = await portal.Author.ReadAsync(fileName: name, file: bytes);
        var html = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, what + ": " + response.StatusCode);
        Assert.Contains(message, ImportClient.Alert(html), StringComparison.Ordinal);
        Assert.Equal((plans, jobs), (Plans(), Jobs()));
    }

    [Fact]
    public async Task Without_tesseract_a_scan_is_refused_with_what_to_install_and_nothing_is_saved()
    {
        await using var factory = new PortalFactory { Settings = { ["Import:TesseractPath"] = "/khong/co/tesseract", ["Import:RunOcrWorker"] = "false" } };
        var client = await factory.SignedInAsync("so.gddt@hoctap.local");

        var response = await client.ReadAsync(fileName: "scan.png", file: Scan(".png"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("chưa cài phần mềm nhận dạng chữ (tesseract-ocr và gói tiếng Việt tesseract-ocr-vie)", ImportClient.Alert(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, factory.Query(db => db.OcrImportJobs.Count()));
    }

    private static async Task<JsonElement> FinishedAsync(HttpClient client, int id)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var json = await client.GetStringAsync($"/PlanImport/OcrStatus/{id}");
            var status = JsonDocument.Parse(json).RootElement;
            if (!status.GetProperty("busy").GetBoolean())
            {
                return status;
            }

            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(3), "OCR still running: " + json);
            await Task.Delay(300);
        }
    }

    /// <summary>The signature and header of a PNG claiming a size it could never be decoded at.</summary>
    private static byte[] PngHeader(int width, int height)
    {
        var bytes = new byte[64];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R' }.CopyTo(bytes, 0);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(20), height);
        bytes[24] = 8;
        return bytes;
    }

    /// <summary>A blank PDF whose trailer names an /Encrypt dictionary: the file is protected.</summary>
    private static byte[] Encrypted()
    {
        var text = Encoding.Latin1.GetString(ImportClient.Pdf([], pages: 1));
        var trailer = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var open = text.IndexOf("<<", trailer, StringComparison.Ordinal);
        return Encoding.Latin1.GetBytes(text[..(open + 2)] + " /Encrypt << /Filter /Standard /V 2 /R 3 /Length 128 /P -4 /O <" + new string('A', 64) + "> /U <"
            + new string('B', 64) + "> >> /ID [<0102030405060708><0102030405060708>]" + text[(open + 2)..]);
    }
}
