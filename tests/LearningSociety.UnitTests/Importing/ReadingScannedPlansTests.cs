using System.Globalization;
using System.Text.RegularExpressions;
using LearningSociety.Infrastructure.Importing;
using Xunit.Abstractions;

namespace LearningSociety.UnitTests.Importing;

/// <summary>
/// Real plans of the corpus as scans (ImportCorpus/scans, made by make-scans.py: laid out as A4, rasterised
/// at 150–200 dpi, skewed, speckled, stamped and blotted), read by the portal's OCR (pdftoppm + tesseract -l vie,
/// installed by .ci/run) and then by the importer. Measures the character accuracy against the plan's text and
/// the importer's scores on the scans beside its scores on the same plans as text.
/// Set SCAN_CORPUS to a folder with tune/ and heldout/ scans (make-scans.py) to measure on more of them.
/// </summary>
public partial class ReadingScannedPlansTests(ITestOutputHelper output)
{
    // Measured on the 7 committed scans (150 dpi but one; ImportCorpus/SCORES.md, "Bản scan"): characters 86.4 %, header fields
    // 60.3 % right (the same plans as text 92.1 %). All 31 plans at 200 dpi (SCAN_CORPUS): characters 94.2 %, header 79.6 % (text 91.4 %).
    // Floors a few points under the committed scans' figures.
    [Fact]
    public async Task Scans_read_by_OCR_score_close_to_the_same_plans_as_text()
    {
        var folder = Environment.GetEnvironmentVariable("SCAN_CORPUS") is { Length: > 0 } env ? env : Path.Combine(RealPlan.Folder, "scans");
        var plans = RealPlan.Load("tune").Concat(RealPlan.Load("heldout")).ToDictionary(p => p.Id, StringComparer.Ordinal);
        var options = new PlanImportOptions();
        var ocr = new ScanOcr(options);
        var read = new List<(RealPlan Plan, string Text, string Scan)>();
        double errors = 0, characters = 0;
        foreach (var file in Directory.GetFiles(folder, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".pdf", StringComparison.Ordinal) || f.EndsWith(".png", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var plan = plans[Path.GetFileNameWithoutExtension(file)];
            await using var stream = File.OpenRead(file);
            var scan = new PlanDocumentReader(options).Open(stream, Path.GetFileName(file), scans: true).Scan;
            Assert.NotNull(scan); // no text layer: the OCR path
            var work = Directory.CreateTempSubdirectory("ocr-test-");
            try
            {
                var text = string.Join('\n', await ocr.RecogniseAsync(scan, work.FullName, _ => Task.CompletedTask, CancellationToken.None));
                var expected = Flat(plan.Text);
                var distance = Distance(expected, Flat(text));
                errors += distance;
                characters += expected.Length;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetRelativePath(folder, file)}: {scan.Pages.Count} trang, chữ đúng {100.0 * (1 - ((double)distance / expected.Length)):0.0}%"));
                read.Add((plan, text, file));
            }
            finally
            {
                work.Delete(recursive: true);
            }
        }

        var accuracy = 1 - (errors / characters);
        var (asText, _) = ImportingRealPlansTests.Score(read.Select(r => (r.Plan, r.Plan.Text)));
        var (asScan, misses) = ImportingRealPlansTests.Score(read.Select(r => (r.Plan, r.Text)));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{read.Count} bản scan, độ chính xác ký tự {accuracy * 100:0.0}%"));
        output.WriteLine(asText.Table("## cùng các kế hoạch, dạng văn bản"));
        output.WriteLine(asScan.Table("## bản scan qua OCR"));
        output.WriteLine(string.Join(Environment.NewLine, misses));

        Assert.True(read.Count >= 7, "the committed scans are missing");
        string[] body = ["căn cứ", "nhiệm vụ", "chủ trì", "chỉ tiêu"];
        Assert.True(accuracy >= 0.83, $"character accuracy {accuracy:P1}");
        // Far from the issue's goal (within 10 points of the text): stamps over the title and references cut at "QĐ-" cost most. Floors, not goals.
        Assert.True(asScan.Right(RealPlanScorer.HeaderFields) >= 0.52, $"header on scans {asScan.Right(RealPlanScorer.HeaderFields):P0} (text {asText.Right(RealPlanScorer.HeaderFields):P0})");
        Assert.True(asScan.Right(body) >= 0.20, $"body on scans {asScan.Right(body):P0} (text {asText.Right(body):P0})");
        Assert.True(RealPlanScorer.HeaderFields.Sum(f => asScan.Count(f, Verdict.Wrong)) <= 3, "header fields read wrong from scans without a flag");
    }

    /// <summary>The text as a reader compares it: words separated by single spaces.</summary>
    private static string Flat(string text) => Spaces().Replace(text, " ").Trim();

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
