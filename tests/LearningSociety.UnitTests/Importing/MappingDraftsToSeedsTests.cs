using LearningSociety.Infrastructure.Importing;
using LearningSociety.Infrastructure.Seeding;

namespace LearningSociety.UnitTests.Importing;

/// <summary>A draft written in the seed format, so the seed importer can save it once confirmed.</summary>
public class MappingDraftsToSeedsTests
{
    private static readonly AgencySeed[] Known = SamplePlan.Directory
        .Select(e => new AgencySeed(e.Key, e.Name, e.Key.EndsWith("ubnd", StringComparison.Ordinal) ? "peoplesCommittee" : "department", "17", e.ShortName))
        .ToArray();

    [Fact]
    public void Every_agency_key_the_draft_uses_is_among_its_agencies()
    {
        var seed = PlanDraftMapper.ToSeed(SamplePlan.Import(), "mau.txt", Known);

        var used = ImportScorer.Flatten(seed.Sections).SelectMany(n => (n.Lead ?? []).Concat(n.Cooperating ?? []))
            .Concat((seed.Reporting ?? []).SelectMany(r => new[] { r.From, r.To }))
            .Append(seed.Issuer)
            .ToHashSet();
        Assert.Subset(seed.Agencies.Select(a => a.Key).ToHashSet(), used);
    }

    [Fact]
    public void A_proposed_agency_gets_a_key_in_the_plans_unit()
    {
        var seed = PlanDraftMapper.ToSeed(SamplePlan.Import(), "mau.txt", Known);

        var proposed = Assert.Single(seed.Agencies, a => a.Key == "17:hiep-hoi-doanh-nghiep-tinh");
        Assert.Equal(("Hiệp hội Doanh nghiệp tỉnh", "other", "17"), (proposed.Name, proposed.Kind, proposed.Unit));
        Assert.Contains("17:hiep-hoi-doanh-nghiep-tinh", ImportScorer.Flatten(seed.Sections).Single(n => n.Number == "II.1").Cooperating!);
    }

    [Fact]
    public void Header_deadlines_and_targets_use_the_seed_vocabulary()
    {
        var seed = PlanDraftMapper.ToSeed(SamplePlan.Import(), "mau.txt", Known);

        Assert.Equal(("45", "KH-UBND", "2024-03-05", "day", "17:ubnd", "17", "province", "implementation"),
            (seed.Number, seed.Symbol, seed.IssuedOn, seed.IssuedOnPrecision, seed.Issuer, seed.Unit, seed.Level, seed.Kind));
        var nodes = ImportScorer.Flatten(seed.Sections).ToDictionary(n => n.Number);
        Assert.Equal(new DeadlineSeed("fixedDate", Date: "2024-12-15", Text: "hoàn thành trước ngày 15/12/2024"), nodes["II.1"].Deadline);
        Assert.Equal(new DeadlineSeed("annual", Day: 20, Month: 11, Text: "trước ngày 20/11 hằng năm"), nodes["II.3"].Deadline);
        Assert.Equal(("unitsReaching", "%", 100m, 2025), (seed.Targets![2].Kind, seed.Targets[2].UnitOfMeasure, seed.Targets[2].Values![0].Value, seed.Targets[2].Values![0].Year));
        Assert.Equal(("decision", "basis", "2021-07-30"), (seed.LegalBasis![0].Kind, seed.LegalBasis[0].Relation, seed.LegalBasis[0].IssuedOn));
    }
}
