using System.Globalization;
using System.Text.Json;
using LearningSociety.Infrastructure.LoadTesting;

namespace LearningSociety.Web.Setup;

/// <summary>
/// <c>load-fixture [--units FILE] [--provinces 01,79] --communes N [--readers R] [--year 2024]</c>
/// (password from --password or LOAD_PASSWORD) prepares the load test on the configured database;
/// <c>load-check --acks FILE</c> verifies the acknowledged submissions the load generator wrote.
/// </summary>
public static class LoadCommands
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<int> FixtureAsync(WebApplication app, IReadOnlyDictionary<string, string> options)
    {
        var password = options.GetValueOrDefault("password") ?? Environment.GetEnvironmentVariable("LOAD_PASSWORD");
        var units = options.GetValueOrDefault("units");
        if (!int.TryParse(options.GetValueOrDefault("communes"), NumberStyles.None, CultureInfo.InvariantCulture, out var communes) || communes < 1
            || string.IsNullOrEmpty(password) || (units is not null && !File.Exists(units)))
        {
            Console.Error.WriteLine("Cách dùng: load-fixture [--units <danh mục .json>] [--provinces 01,79] --communes <số xã> [--readers 50] [--year 2024] (mật khẩu qua --password hoặc LOAD_PASSWORD)");
            return 2;
        }

        var fixture = new LoadFixtureOptions(
            communes,
            int.Parse(options.GetValueOrDefault("readers") ?? "50", CultureInfo.InvariantCulture),
            password,
            int.Parse(options.GetValueOrDefault("year") ?? "2024", CultureInfo.InvariantCulture),
            units,
            options.GetValueOrDefault("provinces")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? []);

        // The same start-up as the portal (migrations, seed plans, roles), then the test data on top.
        await app.Services.InitializeDatabaseAsync(app.Configuration, app.Environment);
        using var scope = app.Services.CreateScope();
        try
        {
            var summary = await scope.ServiceProvider.GetRequiredService<LoadFixture>().RunAsync(fixture);
            Console.WriteLine($"Kế hoạch kiểm thử tải: mã {summary.PlanId}, kỳ {summary.PeriodId}, {summary.Reports} báo cáo ({string.Join(", ", summary.Provinces)}); "
                + $"{summary.UnitsImported} đơn vị mới nhập; tài khoản {LoadFixture.SubmitterEmail(1)} … {LoadFixture.SubmitterEmail(summary.Submitters)}, "
                + (summary.Readers > 0 ? $"{LoadFixture.ReaderEmail(1)} … {LoadFixture.ReaderEmail(summary.Readers)}." : "không có tài khoản đọc."));
            return 0;
        }
        catch (InvalidOperationException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }
    }

    public static async Task<int> CheckAsync(IServiceProvider services, string? acksFile)
    {
        if (acksFile is null || !File.Exists(acksFile))
        {
            Console.Error.WriteLine("Cách dùng: load-check --acks <tệp JSON các lần nộp được xác nhận>");
            return 2;
        }

        var acks = JsonSerializer.Deserialize<List<LoadAck>>(await File.ReadAllTextAsync(acksFile), Json) ?? [];
        var result = await services.GetRequiredService<LoadCheck>().RunAsync(acks);
        Console.WriteLine(JsonSerializer.Serialize(result, Json));
        foreach (var problem in result.Problems.Take(50))
        {
            Console.Error.WriteLine(problem);
        }

        return result.Ok ? 0 : 1;
    }
}
