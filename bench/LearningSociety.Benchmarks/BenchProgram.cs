using System.Globalization;

namespace LearningSociety.Benchmarks;

/// <summary>
/// <c>generate [--units FILE] [--db FILE]</c> builds the national dataset;
/// <c>run [--db FILE] [--runs N] [--warmup N] [--trace]</c> measures; <c>phases</c> splits a national roll-up into load and
/// compute; <c>exports [--runs N] [--national-runs N]</c> times the downloads and the national workbook; with no command, generate (only when the file is missing) then run.
/// </summary>
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var command = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "all";
        var options = Options(args);
        var db = options.GetValueOrDefault("db") ?? Path.Combine(Path.GetTempPath(), "learningsociety-bench", "national.db");
        var units = options.GetValueOrDefault("units") ?? DefaultUnitsFile();
        var runs = int.Parse(options.GetValueOrDefault("runs") ?? "15", CultureInfo.InvariantCulture);
        var warmup = int.Parse(options.GetValueOrDefault("warmup") ?? "3", CultureInfo.InvariantCulture);

        switch (command)
        {
            case "generate":
                await NationalDataset.GenerateAsync(units, db);
                return 0;
            case "exports":
                await ExportBenchmarks.RunAsync(db, runs, warmup, int.Parse(options.GetValueOrDefault("national-runs") ?? "3", CultureInfo.InvariantCulture));
                return 0;
            case "export-national":
                await ExportBenchmarks.NationalOnceAsync(db);
                return 0;
            case "phases":
                await Phases.RunAsync(db, runs);
                return 0;
            case "run":
                await Scenarios.RunAsync(db, runs, warmup, options.ContainsKey("trace"));
                return 0;
            case "all":
                if (!File.Exists(db))
                {
                    await NationalDataset.GenerateAsync(units, db);
                }

                await Scenarios.RunAsync(db, runs, warmup);
                return 0;
            default:
                await Console.Error.WriteLineAsync("Usage: [generate|run|phases|exports|all] [--units FILE] [--db FILE] [--runs N] [--warmup N] [--trace]");
                return 2;
        }
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                options[args[i][2..]] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "";
            }
        }

        return options;
    }

    /// <summary>The official list beside the repository (../shared/data/…), found from the working directory upwards.</summary>
    private static string DefaultUnitsFile()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "data", "admin-units-2025-03-01.json");
            if (File.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return Path.GetFullPath(Path.Combine("..", "shared", "data", "admin-units-2025-03-01.json"));
    }
}
