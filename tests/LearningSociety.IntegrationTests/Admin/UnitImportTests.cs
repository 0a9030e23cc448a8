using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LearningSociety.Infrastructure.UnitLists;
using LearningSociety.IntegrationTests.Infrastructure;
using LearningSociety.Web.Features.Admin.UnitImport;
using LearningSociety.Web.Setup;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.IntegrationTests.Admin;

/// <summary>
/// "Nhập danh mục đơn vị" over HTTP, on the embedded demo database: upload → preview (the import run and
/// rolled back) → confirm → the import in the background → result; bad files refused with nothing changed.
/// </summary>
public sealed class UnitImportTests(AdminPortal portal) : IClassFixture<AdminPortal>
{
    private const string Page = "/Admin/UnitImport";

    private sealed record Snapshot(int Units, int EndedUnits, int Successions, int Agencies, int EndedAgencies, string Names);

    [Fact]
    public async Task The_preview_counts_what_the_import_then_does_and_importing_the_same_file_again_changes_nothing()
    {
        var client = await portal.Factory.SignedInAsync(AdminPortal.Admin);

        // The embedded list the demo database was built from changes nothing.
        var embedded = await UploadAsync(client, "2025-07-01.json", Encoding.UTF8.GetBytes(MergeList().ToJsonString()));
        Assert.Contains("Không có thay đổi", Outcome(await WaitAsync(client, embedded)), StringComparison.Ordinal);

        var json = MergeList();
        var data = json["data"]!.AsArray();
        var first = data[0]!["level2s"]![0]!;
        first["name"] = first["name"]!.GetValue<string>() + " Mới";
        var partial = data.SelectMany(p => p!["level2s"]!.AsArray()).SelectMany(c => c!["merges"]!.AsArray())
            .First(m => m!["type"]!.GetValue<string>() == "partial")!["old_id"]!.GetValue<string>();
        data.Add(new JsonObject
        {
            ["level1_id"] = "98", ["name"] = "Tỉnh Thử Nghiệm", ["merges"] = new JsonArray(),
            ["level2s"] = new JsonArray(
                new JsonObject { ["level2_id"] = "99001", ["name"] = "Xã Thử Một", ["merges"] = new JsonArray(new JsonObject { ["old_id"] = partial, ["type"] = "partial" }) },
                new JsonObject { ["level2_id"] = "99002", ["name"] = "Phường Thử Hai", ["merges"] = new JsonArray() }),
        });
        var bytes = Encoding.UTF8.GetBytes(json.ToJsonString());

        var before = await SnapshotAsync();
        var id = await UploadAsync(client, "danh-muc-sua.json", bytes);
        var previewPage = await WaitAsync(client, id);
        Assert.Contains("Xác nhận nhập", previewPage, StringComparison.Ordinal);
        Assert.Contains("Tỉnh Thử Nghiệm", previewPage, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync()); // a preview writes nothing

        var preview = await ChangesAsync(id, preview: true);
        Assert.Equal(3, preview[UnitChangeKind.UnitAdded]);
        Assert.Equal(1, preview[UnitChangeKind.UnitRenamed]);
        Assert.Equal(1, preview[UnitChangeKind.SuccessionAdded]);
        Assert.Equal(3 + 3, preview[UnitChangeKind.AgencyCreated]); // three UBND, the Sở GD&ĐT and the province's two groups

        var confirm = await client.PostFormAsync($"{Page}/Show/{id}", $"{Page}/Confirm/{id}", []);
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        var again = await client.PostFormAsync($"{Page}/Show/{id}", $"{Page}/Confirm/{id}", []); // a second click runs nothing twice
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var resultPage = await WaitAsync(client, id);
        Assert.Contains("Đã nhập xong", resultPage, StringComparison.Ordinal);

        var result = await ChangesAsync(id, preview: false);
        Assert.Equal(JsonSerializer.Serialize(preview), JsonSerializer.Serialize(result));
        var after = await SnapshotAsync();
        Assert.Equal(before.Units + result[UnitChangeKind.UnitAdded], after.Units);
        Assert.Equal(before.Successions + result[UnitChangeKind.SuccessionAdded], after.Successions);
        Assert.Equal(before.Agencies + result[UnitChangeKind.AgencyCreated], after.Agencies);
        Assert.Equal(1, await portal.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == "unit.import" && a.Details!.Contains("danh-muc-sua.json") && a.Details.Contains("3 đơn vị mới"))));

        // The same file again: the preview says there is nothing to do, and confirming changes nothing.
        var second = await UploadAsync(client, "danh-muc-sua.json", bytes);
        var secondPage = await WaitAsync(client, second);
        Assert.True(Outcome(secondPage).Contains("Không có thay đổi", StringComparison.Ordinal), JsonSerializer.Serialize(await ChangesAsync(second, preview: true)));
        Assert.True((await ChangesAsync(second, preview: true)).IsEmpty);
        await client.PostFormAsync($"{Page}/Show/{second}", $"{Page}/Confirm/{second}", []);
        await WaitAsync(client, second);
        Assert.Equal(after, await SnapshotAsync());

    }

    public static TheoryData<string, string> BadFiles => new()
    {
        { "broken-json", "không phải JSON hợp lệ" },
        { "plan-seed", "tệp kế hoạch" },
        { "xlsx-renamed", "tệp nén (Excel .xlsx" },
        { "not-json-extension", "không phải tệp .json" },
        { "missing-field", "$.data[0].level2s[3]" },
        { "duplicate-code", "trùng với $.data[0].level2s[0]" },
        { "unknown-predecessor", "không có đơn vị nào mã 99999 còn hiệu lực ngày 30/06/2025" },
        { "ended-twice", "bị kết thúc hai lần" },
        { "listed-twice", "được kê hai lần" },
        { "cycle", "vòng lặp sáp nhập" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_refused_with_a_message_naming_the_entry_and_changes_nothing(string kind, string expected)
    {
        var client = await portal.Factory.SignedInAsync(AdminPortal.Admin);
        var (name, bytes) = BadFile(kind);
        var before = await SnapshotAsync();

        var response = await UploadResponseAsync(client, name, bytes);
        string html;
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            html = await WaitAsync(client, JobId(response)); // refused by the preview, against the database
            Assert.Contains("Cơ sở dữ liệu không thay đổi", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Xác nhận nhập", html, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode); // refused on upload, no job at all
            html = await response.Content.ReadAsStringAsync();
        }

        var outcome = Outcome(WebUtility.HtmlDecode(html));
        Assert.True(outcome.Contains(expected, StringComparison.Ordinal), outcome);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task The_import_units_command_shares_the_code_and_refuses_a_bad_file_the_same_way()
    {
        var folder = Directory.CreateTempSubdirectory("hoctap-cli-").FullName;
        var database = Path.Combine(folder, "cli.db");
        var units = Path.Combine(SeedCounts.SeedsFolder, "admin-units");
        var old = Directory.GetFiles(units, "2025-03-01*.json").Single();
        var merges = Directory.GetFiles(units, "2025-07-01*.json").Single();

        Assert.Equal(1, await RunAsync(database, "import-units", merges)); // the list after the reform needs the one before it
        Assert.Equal(0, await RunAsync(database, "import-units", old));
        Assert.Equal(0, await RunAsync(database, "import-units", merges));
        Assert.Equal(0, await RunAsync(database, "import-units", merges));

        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        Assert.Equal(962 + 3 + 96 + 102 + 102, await ScalarAsync(connection, "SELECT COUNT(*) FROM Units")); // six old provinces in three tiers, three new ones in two
        Assert.Equal(3, await ScalarAsync(connection, "SELECT COUNT(*) FROM AuditEntries WHERE Action = 'unit.import'"));
        Assert.Equal(96, await ScalarAsync(connection, "SELECT COUNT(DISTINCT s.SuccessorId) FROM UnitSuccessions s JOIN Units u ON u.Id = s.SuccessorId JOIN Units p ON p.Id = u.ParentId WHERE p.Code = '80' AND p.ValidFrom = '2025-07-01'"));
    }

    private (string Name, byte[] Bytes) BadFile(string kind)
    {
        var json = MergeList();
        var communes = json["data"]![0]!["level2s"]!.AsArray();
        switch (kind)
        {
            case "broken-json":
                return ("hong.json", Encoding.UTF8.GetBytes("{\n  \"data\": [\n    { \"level1_id\": \"80\", \n"));
            case "plan-seed":
                return ("002.json", File.ReadAllBytes(Path.Combine(SeedCounts.SeedsFolder, "plans", "002.json")));
            case "xlsx-renamed":
                return ("danh-muc.json", [(byte)'P', (byte)'K', 3, 4, 20, 0, 6, 0, 8, 0]);
            case "not-json-extension":
                return ("danh-muc.xlsx", Encoding.UTF8.GetBytes(json.ToJsonString()));
            case "missing-field":
                communes[3]!.AsObject().Remove("name");
                break;
            case "duplicate-code":
                communes[1]!["level2_id"] = communes[0]!["level2_id"]!.GetValue<string>();
                break;
            case "unknown-predecessor":
                communes[0]!["merges"]![0]!["old_id"] = "99999";
                break;
            case "ended-twice":
                var full = communes[0]!["merges"]!.AsArray().First(m => m!["type"]!.GetValue<string>() == "full")!["old_id"]!.GetValue<string>();
                communes[1]!["merges"]!.AsArray().Add(new JsonObject { ["old_id"] = full, ["type"] = "full" });
                break;
            case "listed-twice":
                var merge = communes[0]!["merges"]![0]!;
                communes[0]!["merges"]!.AsArray().Add(merge.DeepClone());
                break;
            case "cycle":
                communes.Add(new JsonObject { ["level2_id"] = "99001", ["name"] = "Xã A", ["merges"] = new JsonArray(new JsonObject { ["old_id"] = "99002", ["type"] = "full" }) });
                communes.Add(new JsonObject { ["level2_id"] = "99002", ["name"] = "Xã B", ["merges"] = new JsonArray(new JsonObject { ["old_id"] = "99001", ["type"] = "full" }) });
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind));
        }

        return ("danh-muc.json", Encoding.UTF8.GetBytes(json.ToJsonString()));
    }

    /// <summary>The message the page gives: the outcome box of a job, the error box of the upload form.</summary>
    private static string Outcome(string html)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, "id=\"import-(?:outcome|error)\">(.*?)</div>", System.Text.RegularExpressions.RegexOptions.Singleline);
        return match.Success ? match.Groups[1].Value : html;
    }

    private static JsonNode MergeList() =>
        JsonNode.Parse(File.ReadAllText(Directory.GetFiles(Path.Combine(SeedCounts.SeedsFolder, "admin-units"), "2025-07-01*.json").Single()))!;

    private Task<Snapshot> SnapshotAsync() =>
        portal.QueryAsync(async db => new Snapshot(
            await db.Units.CountAsync(),
            await db.Units.CountAsync(u => u.ValidTo != null),
            await db.UnitSuccessions.CountAsync(),
            await db.Agencies.CountAsync(),
            await db.Agencies.CountAsync(a => a.ValidTo != null),
            string.Join("|", await db.Units.OrderBy(u => u.Id).Select(u => u.Name).ToListAsync())));

    private Task<UnitImportChanges> ChangesAsync(int id, bool preview) =>
        portal.QueryAsync(async db =>
        {
            var job = await db.UnitImportJobs.AsNoTracking().SingleAsync(j => j.Id == id);
            return JsonSerializer.Deserialize<UnitImportChanges>((preview ? job.Preview : job.Result)!, UnitImportJobs.Json)!;
        });

    private static async Task<HttpResponseMessage> UploadResponseAsync(HttpClient client, string fileName, byte[] bytes)
    {
        var token = await client.AntiforgeryTokenAsync(Page);
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var part = new ByteArrayContent(bytes);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Add(part, "File", fileName);
        return await client.PostAsync(Page, content);
    }

    private static async Task<int> UploadAsync(HttpClient client, string fileName, byte[] bytes)
    {
        var response = await UploadResponseAsync(client, fileName, bytes);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return JobId(response);
    }

    private static int JobId(HttpResponseMessage response)
    {
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith(Page + "/Show/", location, StringComparison.Ordinal);
        return int.Parse(location[(Page.Length + "/Show/".Length)..], CultureInfo.InvariantCulture);
    }

    /// <summary>Polls the status as the page's script does until the step ends, then returns the job page.</summary>
    private static async Task<string> WaitAsync(HttpClient client, int id)
    {
        var until = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < until)
        {
            using var status = JsonDocument.Parse(await client.GetStringAsync($"{Page}/Status/{id}"));
            if (!status.RootElement.GetProperty("busy").GetBoolean())
            {
                return WebUtility.HtmlDecode(await client.GetStringAsync($"{Page}/Show/{id}"));
            }

            await Task.Delay(100);
        }

        Assert.Fail($"unit import {id} did not finish in time");
        return "";
    }

    private static async Task<int> RunAsync(string databasePath, params string[] args)
    {
        var command = PortalCommands.Parse([.. args, $"--ConnectionStrings:Sqlite=Data Source={databasePath}", "--Logging:FilePath=" + Path.Combine(Path.GetDirectoryName(databasePath)!, "logs", "cmd-.log")])!;
        var builder = WebApplication.CreateBuilder(command.HostArgs);
        builder.Services.AddPortal(builder.Configuration, builder.Environment);
        await using var app = builder.Build();
        return await command.RunAsync(app);
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
