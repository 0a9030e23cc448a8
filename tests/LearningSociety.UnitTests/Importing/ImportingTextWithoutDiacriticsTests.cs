using System.Globalization;
using System.Text;
using LearningSociety.Domain.Text;
using Xunit.Abstractions;

namespace LearningSociety.UnitTests.Importing;

/// <summary>
/// The same plan typed or scanned without its accents must read nearly as well as the clean text:
/// seed 002 folded line by line (no accents, no capitals), and with accents stripped but capitals kept.
/// </summary>
public class ImportingTextWithoutDiacriticsTests(ITestOutputHelper output)
{
    [Fact]
    public void Folded_text_reaches_most_of_the_clean_shares()
    {
        var folded = string.Join('\n', SeedPlans.Text("002").Split('\n').Select(VietnameseText.Fold));
        Assert.DoesNotContain(folded, c => char.IsUpper(c) || c > 'ÿ' && char.IsLetter(c));

        var clean = Score(SeedPlans.Text("002"));
        var score = Score(folded);
        output.WriteLine(ImportingTheSeedPlansTests.Table([clean with { Id = "002" }, score with { Id = "002 gập" }]));

        Assert.True(ImportScore.Share(score.Tasks) >= 0.95, "tasks");
        Assert.True(ImportScore.Share(score.Lead) >= ImportScore.Share(clean.Lead) - 0.05, "lead");
        Assert.True(ImportScore.Share(score.Cooperating) >= ImportScore.Share(clean.Cooperating) - 0.05, "cooperating");
        Assert.True(ImportScore.Share(score.Deadlines) >= 0.95, "deadlines");
        Assert.True(ImportScore.Share(score.Reporting) >= 0.8, "reporting");
    }

    [Fact]
    public void Text_without_accents_but_with_capitals_reads_like_the_clean_text()
    {
        var stripped = StripAccents(SeedPlans.Text("002"));
        var clean = Score(SeedPlans.Text("002"));
        var score = Score(stripped);
        output.WriteLine(ImportingTheSeedPlansTests.Table([score with { Id = "002 không dấu" }]));

        Assert.Equal(clean.Tasks, score.Tasks);
        Assert.Equal(clean.Lead, score.Lead);
        Assert.Equal(clean.Cooperating, score.Cooperating);
        Assert.Equal(clean.Deadlines, score.Deadlines);
        Assert.Equal(clean.Header, score.Header);
    }

    private static ImportScore Score(string text)
    {
        var (draft, _) = SeedPlans.Import("002", text);
        return ImportScorer.Score("002", draft, SeedPlans.Structured("002"));
    }

    private static string StripAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
        return new string(kept.ToArray()).Replace('đ', 'd').Replace('Đ', 'D');
    }
}
