using System.Text.Json.Nodes;
using LearningSociety.Infrastructure.Seeding;
using LearningSociety.Infrastructure.Setup;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace LearningSociety.IntegrationTests;

public sealed class SeedAndImportTests
{
    [Fact]
    public async Task A_seed_naming_an_unknown_agency_stops_with_file_and_path_and_leaves_the_database_empty()
    {
        var seeds = TestDatabase.CopyOfSeeds();
        var file = Path.Combine(seeds, "plans", "002.json");
        var json = JsonNode.Parse(await File.ReadAllTextAsync(file))!;
        var task = FirstTask(json["sections"]!.AsArray())!;
        task["lead"] = new JsonArray("91:khong-ton-tai");
        await File.WriteAllTextAsync(file, json.ToJsonString());

        await using var db = await TestDatabase.CreateAsync();
        var error = await Assert.ThrowsAsync<SeedException>(() => new SeedRunner(db, NullLogger<SeedRunner>.Instance).RunAsync(seeds));

        Assert.Equal("002.json", error.File);
        Assert.Contains(".lead[0]", error.Location, StringComparison.Ordinal);
        Assert.Contains("91:khong-ton-tai", error.Problem, StringComparison.Ordinal);
        db.ChangeTracker.Clear();
        Assert.Equal(0, await db.Plans.CountAsync());
        Assert.Equal(0, await db.Units.CountAsync());
    }

    [Fact]
    public async Task Broken_json_is_reported_with_its_line()
    {
        var seeds = TestDatabase.CopyOfSeeds();
        await File.WriteAllTextAsync(Path.Combine(seeds, "plans", "003.json"), "{\n  \"source\": \"x\",\n  \"symbol\": \n}");

        await using var db = await TestDatabase.CreateAsync();
        var error = await Assert.ThrowsAsync<SeedException>(() => new SeedRunner(db, NullLogger<SeedRunner>.Instance).RunAsync(seeds));

        Assert.Equal("003.json", error.File);
        Assert.StartsWith("dòng 4", error.Location, StringComparison.Ordinal);
        Assert.Equal(0, await db.Units.CountAsync());
    }

    [Fact]
    public async Task A_reference_to_a_plan_in_the_portal_becomes_a_link()
    {
        var seeds = TestDatabase.CopyOfSeeds();
        var file = Path.Combine(seeds, "plans", "003.json");
        var json = JsonNode.Parse(await File.ReadAllTextAsync(file))!;
        json["legalBasis"]!.AsArray().Add(new JsonObject { ["reference"] = "129/KH-UBND", ["kind"] = "plan", ["issuedOn"] = "2020-06-02", ["relation"] = "basis" });
        await File.WriteAllTextAsync(file, json.ToJsonString());

        await using var db = await TestDatabase.CreateAsync();
        await new SeedRunner(db, NullLogger<SeedRunner>.Instance).RunAsync(seeds);

        var target = await db.Plans.SingleAsync(p => p.Number == "129");
        var link = await db.LegalReferences.SingleAsync(r => r.Reference == "129/KH-UBND");
        Assert.Equal(target.Id, link.ReferencedPlanId);
        Assert.Null((await db.LegalReferences.FirstAsync(r => r.Reference == "489/QĐ-TTg")).ReferencedPlanId);
    }

    [Fact]
    public async Task Importing_an_official_list_twice_adds_nothing_the_second_time_and_links_old_units_to_new_ones()
    {
        await using var db = await TestDatabase.CreateAsync();
        var folder = Path.Combine(SeedCounts.SeedsFolder, "admin-units");
        var threeTier = Directory.GetFiles(folder, "2025-03-01*.json").Single();
        var twoTier = Directory.GetFiles(folder, "2025-07-01*.json").Single();

        var first = await new AdminUnitImporter(db).ImportAsync(threeTier);
        var merges = await new AdminUnitImporter(db).ImportAsync(twoTier);
        var again = await new AdminUnitImporter(db).ImportAsync(threeTier);
        var mergesAgain = await new AdminUnitImporter(db).ImportAsync(twoTier);

        Assert.Equal(962, first.UnitsAdded); // the six provinces merged into the new Tây Ninh, Đồng Tháp and An Giang, in three tiers
        Assert.Equal(0, again.UnitsAdded);
        Assert.Equal(0, mergesAgain.UnitsAdded);
        Assert.Equal(0, mergesAgain.SuccessionsAdded);
        Assert.True(merges.SuccessionsAdded > 400);

        // Cần Đước's communes went into the new communes of Tây Ninh; the old province into the new one.
        var longAn = await db.Units.SingleAsync(u => u.Name == "Tỉnh Long An");
        Assert.Equal(new DateOnly(2025, 6, 30), longAn.ValidTo);
        var tayNinh = await db.UnitSuccessions.Where(s => s.PredecessorId == longAn.Id).Select(s => s.Successor!.Name).SingleAsync();
        Assert.Equal("Tỉnh Tây Ninh", tayNinh);
        var canDuoc = await db.Units.SingleAsync(u => u.Name == "Huyện Cần Đước");
        Assert.Equal(17, await db.Units.CountAsync(u => u.ParentId == canDuoc.Id));
        Assert.Equal(17, await db.Units.CountAsync(u => u.Path.StartsWith(canDuoc.Path) && u.Id != canDuoc.Id));
    }

    [Fact]
    public async Task A_file_that_is_not_an_official_list_is_refused_clearly()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "sai.json");
        await File.WriteAllTextAsync(path, "{\"data\": [{\"name\": \"Tỉnh X\"}]}");
        await using var db = await TestDatabase.CreateAsync();

        var error = await Assert.ThrowsAsync<SeedException>(() => new AdminUnitImporter(db).ImportAsync(path));
        Assert.Contains("level1_id", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_database_provider_is_named_in_the_message()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Database:Provider", "Oracle")]).Build();
        var error = Assert.Throws<StartupException>(() => DatabaseServiceCollectionExtensions.ReadProvider(configuration));
        Assert.Contains("'Oracle'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Sqlite", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_database_folder_that_cannot_be_created_is_named_in_the_message()
    {
        var blocker = Path.GetTempFileName(); // a file where a folder should be
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("ConnectionStrings:Sqlite", $"Data Source={blocker}/sub/portal.db")]).Build();
        var error = Assert.Throws<StartupException>(() => new Microsoft.Extensions.DependencyInjection.ServiceCollection().AddAppDatabase(configuration, "/"));
        Assert.Contains(blocker, error.Message, StringComparison.Ordinal);
    }

    private static JsonNode? FirstTask(JsonArray nodes)
    {
        foreach (var node in nodes)
        {
            if ((bool?)node!["isTask"] == true)
            {
                return node;
            }

            if (node["children"] is JsonArray children && FirstTask(children) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
