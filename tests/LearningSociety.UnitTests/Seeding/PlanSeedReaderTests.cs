using LearningSociety.Infrastructure.Seeding;

namespace LearningSociety.UnitTests.Seeding;

public sealed class PlanSeedReaderTests
{
    private static string SeedsFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "seeds", "plans")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("seeds/plans"), "seeds");
    }

    public static TheoryData<string> SeedFiles() => [.. Directory.GetFiles(Path.Combine(SeedsFolder(), "plans"), "*.json").Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Every_shipped_seed_plan_reads_with_its_source_text_present(string file)
    {
        var seed = PlanSeedReader.Read(Path.Combine(SeedsFolder(), "plans", file));
        Assert.True(File.Exists(Path.Combine(SeedsFolder(), seed.Source)), seed.Source);
        Assert.NotEmpty(seed.Sections);
        Assert.NotEmpty(seed.Agencies);
        Assert.Contains(seed.Agencies, a => a.Key == seed.Issuer);
    }

    [Fact]
    public void Broken_json_names_the_file_and_line()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "999.json");
        File.WriteAllText(path, "{\n  \"source\": \"x.txt\",\n  \"symbol\": \"KH\",\n  \"issuedOn\": \n}");
        var error = Assert.Throws<SeedException>(() => PlanSeedReader.Read(path));
        Assert.Equal("999.json", error.File);
        Assert.StartsWith("dòng 5", error.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_field_is_named()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "998.json");
        File.WriteAllText(path, "{\"source\": \"x.txt\", \"symbol\": \"KH\"}");
        var error = Assert.Throws<SeedException>(() => PlanSeedReader.Read(path));
        Assert.Contains("issuedOn", error.Problem, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Text_is_normalised_to_NFC_on_the_way_in()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "997.json");
        var decomposed = "Xo\u0301a mu\u0300 chu\u031b\u0303"; // "Xóa mù chữ" written with combining marks
        File.WriteAllText(path, $$"""{"source":"x.txt","symbol":"KH","issuedOn":"2024-01-01","issuer":"a","unit":"1","level":"province","kind":"annual","title":"{{decomposed}}","agencies":[],"sections":[]}""");
        Assert.Equal("Xóa mù chữ", PlanSeedReader.Read(path).Title);
    }
}
