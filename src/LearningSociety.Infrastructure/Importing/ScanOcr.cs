using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LearningSociety.Infrastructure.Importing;

/// <summary>
/// Recognises the text of a scan, page by page, with two programs run as processes: <c>pdftoppm</c> renders a
/// PDF page to a grey PNG at <see cref="PlanImportOptions.OcrDpi"/> (less for an oversized page, so no page
/// exceeds <see cref="PlanImportOptions.MaxImagePixels"/>), <c>tesseract … -l vie</c> reads it. Each run has the
/// page timeout and the whole scan the total time; a program that overruns is killed with its children.
/// Page images stay in <paramref name="folder"/> ("1.png", "2.png" … or the uploaded image) for the review page.
/// </summary>
public sealed partial class ScanOcr(PlanImportOptions options)
{
    // A page of a plan holds a few thousand characters; anything far beyond is not a page to read.
    private const int MaxPageChars = 50_000;

    public const string NotInstalled = "Máy chủ chưa cài phần mềm nhận dạng chữ (tesseract-ocr và gói tiếng Việt tesseract-ocr-vie), nên chưa đọc được bản scan. "
        + "Hãy báo quản trị hệ thống cài đặt (xem hướng dẫn vận hành), hoặc tải lên tệp .docx, PDF có lớp chữ.";

    public static string PageImageName(ScanFormat format, int page) => page.ToString(CultureInfo.InvariantCulture) + format switch
    {
        ScanFormat.Jpeg => ".jpg",
        _ => ".png",
    };

    /// <summary>True when <paramref name="program"/> is a file, or a bare name found on the PATH.</summary>
    public static bool IsInstalled(string program)
    {
        if (string.IsNullOrWhiteSpace(program))
        {
            return false;
        }

        if (Path.IsPathRooted(program) || program.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return File.Exists(program);
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, program)));
    }

    /// <summary>The text of each page, in order. <paramref name="pageDone"/> is told after each page.</summary>
    /// <exception cref="PlanFileException">A program is missing, failed or overran; the message is for the user.</exception>
    public async Task<IReadOnlyList<string>> RecogniseAsync(ScanSource scan, string folder, Func<int, Task> pageDone, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(pageDone);
        Directory.CreateDirectory(folder);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(options.OcrTotalTimeout);
        var source = Path.Combine(folder, scan.Format == ScanFormat.Pdf ? "source.pdf" : PageImageName(scan.Format, 1));
        await File.WriteAllBytesAsync(source, scan.Bytes, ct);
        var texts = new List<string>();
        try
        {
            for (var page = 1; page <= scan.Pages.Count; page++)
            {
                var image = source;
                if (scan.Format == ScanFormat.Pdf)
                {
                    image = Path.Combine(folder, PageImageName(ScanFormat.Png, page));
                    var prefix = image[..^4];
                    var dpi = DpiFor(scan.Pages[page - 1]).ToString(CultureInfo.InvariantCulture);
                    var p = page.ToString(CultureInfo.InvariantCulture);
                    await RunAsync(options.PdftoppmPath, ["-r", dpi, "-gray", "-png", "-singlefile", "-f", p, "-l", p, source, prefix], page, budget.Token, ct);
                }

                var text = await RunAsync(options.TesseractPath, [image, "stdout", "-l", "vie"], page, budget.Token, ct);
                text = Clean(text.Replace("\f", "\n", StringComparison.Ordinal).Normalize(NormalizationForm.FormC));
                texts.Add(text.Length > MaxPageChars ? text[..MaxPageChars] : text);
                await pageDone(page);
            }
        }
        finally
        {
            if (scan.Format == ScanFormat.Pdf)
            {
                File.Delete(source);
            }
        }

        return texts;
    }

    /// <summary>
    /// Specks and stamp edges read as stray marks at the start of a line ("_ Căn cứ…", "' CHỦ TỊCH…") or as lines of
    /// their own; they would hide a line's label from the importer, so they are taken out. Real punctuation stays.
    /// </summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Blank lines between blocks go too: a plan's text has none, and a title's lines must stay together.
        var lines = text.Split('\n').Select(l => StrayStart().Replace(l.TrimEnd(), "")).Where(l => l.Length > 0 && !StrayLine().IsMatch(l));
        return string.Join('\n', lines).Trim();
    }

    [GeneratedRegex(@"^\s*[_ˆ^'‘`~.,:;»«]+\s+(?=\S)")]
    private static partial Regex StrayStart();

    [GeneratedRegex(@"^\s*[_ˆ^'‘`~.,:;»«]{1,2}\s*$")]
    private static partial Regex StrayLine();

    /// <summary>The rendering resolution of a PDF page (size in points): the configured one, less for a page so large it would exceed the pixel limit.</summary>
    public int DpiFor(ScanPageSize page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var dpi = Math.Clamp(options.OcrDpi, 72, 600);
        var squareInches = Math.Max(1, page.Width / 72.0) * Math.Max(1, page.Height / 72.0);
        var most = (int)Math.Floor(Math.Sqrt(options.MaxImagePixels / squareInches));
        return Math.Max(10, Math.Min(dpi, most));
    }

    private async Task<string> RunAsync(string program, IReadOnlyList<string> arguments, int page, CancellationToken budget, CancellationToken stopping)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["OMP_THREAD_LIMIT"] = "1"; // one core per page: the portal keeps the other
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new PlanFileException(NotInstalled);
        }
        catch (Win32Exception ex)
        {
            throw new PlanFileException(NotInstalled, ex);
        }

        using (process)
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(budget))
        {
            timeout.CancelAfter(options.OcrPageTimeout);
            var output = ReadBoundedAsync(process.StandardOutput, MaxPageChars * 2);
            var error = ReadBoundedAsync(process.StandardError, 4000);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
                stopping.ThrowIfCancellationRequested();
                throw new PlanFileException(budget.IsCancellationRequested
                    ? $"Nhận dạng quá thời gian cho phép ({Minutes(options.OcrTotalTimeout)} cho cả tệp) ở trang {page}. Hãy tách tệp thành các phần nhỏ hơn rồi tải lên lại."
                    : $"Trang {page} mất quá {Minutes(options.OcrPageTimeout)} để nhận dạng nên đã dừng. Hãy quét lại trang đó rõ hơn (200–300 dpi) hoặc tách tệp.");
            }

            var text = await output;
            var message = await error;
            if (process.ExitCode != 0)
            {
                throw new PlanFileException(message.Contains("vie", StringComparison.Ordinal) && message.Contains("language", StringComparison.OrdinalIgnoreCase)
                    ? NotInstalled
                    : $"Không đọc được trang {page} của bản scan (tệp có thể bị hỏng). Hãy quét lại hoặc xuất lại tệp rồi tải lên lại.");
            }

            return text;
        }
    }

    private static async Task<string> ReadBoundedAsync(StreamReader reader, int max)
    {
        var text = new StringBuilder();
        var buffer = new char[8192];
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            if (text.Length < max)
            {
                text.Append(buffer, 0, Math.Min(read, max - text.Length));
            }
        }

        return text.ToString();
    }

    private static string Minutes(TimeSpan span) => span.TotalMinutes >= 1
        ? span.TotalMinutes.ToString("0.#", CultureInfo.GetCultureInfo("vi-VN")) + " phút"
        : span.TotalSeconds.ToString("0", CultureInfo.InvariantCulture) + " giây";
}
