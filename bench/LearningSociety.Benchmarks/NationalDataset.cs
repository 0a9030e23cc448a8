using System.Diagnostics;
using System.Globalization;
using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Reporting;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Seeding;
using LearningSociety.Infrastructure.Setup;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LearningSociety.Benchmarks;

/// <summary>
/// A synthetic but realistic year on the official national structure (63 provinces, 696 districts,
/// 10,047 communes from the official list): a plan of 40 tasks and 12 targets; one report from every
/// commune (UBND xã → Phòng GD&amp;ĐT), district (Phòng → Sở) and province (Sở → UBND tỉnh); most
/// approved, some submitted, returned, late or still in draft. The file is migrated by the real
/// SQLite migrations; units go through the real importer; the bulk rows through prepared SQL.
/// </summary>
public static class NationalDataset
{
    public const string PlanSymbol = "KH-HIEUNANG";
    public const int Year = 2024;
    public static readonly DateOnly DeadlineDay = new(Year, 12, 10);

    private static readonly DateTimeOffsetToBinaryConverter Instant = new();

    public static DbContextOptions<AppDbContext> Options(string path, bool trace = false)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite($"Data Source={path}", x => x.MigrationsAssembly(DatabaseServiceCollectionExtensions.SqliteMigrations));
        if (trace)
        {
            builder.LogTo(Console.WriteLine, [Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted]);
        }

        return builder.Options;
    }

    public static async Task GenerateAsync(string unitsFile, string path)
    {
        if (!File.Exists(unitsFile))
        {
            throw new FileNotFoundException($"Official unit list not found: {unitsFile} (pass --units FILE)", unitsFile);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }

        var clock = Stopwatch.StartNew();
        await using (var db = new AppDbContext(Options(path)))
        {
            await db.Database.MigrateAsync();
            var imported = await new AdminUnitImporter(db).ImportAsync(unitsFile);
            Console.WriteLine($"Units imported: {imported.UnitsAdded} ({clock.Elapsed.TotalSeconds:F1} s)");
        }

        await using (var db = new AppDbContext(Options(path)))
        {
            var (periodId, targets, tasks) = await AddPlanAsync(db);
            var reporters = await AddEducationOfficesAsync(db);
            var counts = await AddReportsAsync(db, periodId, reporters, targets, tasks);
            Console.WriteLine($"Reports: {counts.Reports:N0}, target values: {counts.Values:N0}, task entries: {counts.Tasks:N0} ({clock.Elapsed.TotalSeconds:F1} s)");
        }

        SqliteConnection.ClearAllPools();
        Console.WriteLine($"Dataset written to {Path.GetFullPath(path)} ({new FileInfo(path).Length / 1024 / 1024} MB)");
    }

    private sealed record Reporter(int AgencyId, int UnitId, int ReviewerId, UnitLevel Level);

    private sealed record TargetRow(int Id, TargetKind Kind, UnitLevel Level);

    private static async Task<(int PeriodId, List<TargetRow> Targets, List<int> Tasks)> AddPlanAsync(AppDbContext db)
    {
        var issuer = await db.Agencies.OrderBy(a => a.Id).FirstAsync();
        var plan = new Plan
        {
            Number = "01", Symbol = PlanSymbol, IssuedOn = new DateOnly(Year, 1, 15), IssuerId = issuer.Id, UnitId = issuer.UnitId,
            Level = UnitLevel.Province, Kind = PlanKind.Annual, Status = PlanStatus.Active, PeriodStartYear = Year, PeriodEndYear = Year,
            Title = "Kế hoạch thử nghiệm hiệu năng: xây dựng xã hội học tập toàn quốc năm 2024",
        };
        for (var i = 0; i < 40; i++)
        {
            var rule = (i / 10) switch
            {
                0 => DeadlineRule.EveryYear(10, 12, "trước ngày 10/12 hằng năm"),
                1 => DeadlineRule.InQuarter(Year, 1 + (i % 4), $"trong quý {1 + (i % 4)} năm {Year}"),
                2 => DeadlineRule.OngoingRule("thường xuyên"),
                _ => DeadlineRule.Fixed(new DateOnly(Year, 1 + i - 30, 28), $"trước ngày 28/{1 + i - 30:00}/{Year}"),
            };
            plan.Items.Add(new PlanItem
            {
                Number = (i + 1).ToString(CultureInfo.InvariantCulture), Title = $"Nhiệm vụ thử nghiệm số {i + 1}", IsTask = true, SortOrder = i,
                Deadline = Deadline.From(rule),
            });
        }

        (TargetKind Kind, UnitLevel Level, decimal Goal, string Name)[] targets =
        [
            (TargetKind.Percentage, UnitLevel.Commune, 40, "Người lao động được trang bị năng lực thông tin"),
            (TargetKind.Percentage, UnitLevel.Commune, 40, "Người lao động được trang bị kỹ năng sống"),
            (TargetKind.Percentage, UnitLevel.Commune, 40, "Dân số từ 15 tuổi được đào tạo chuyên môn kỹ thuật"),
            (TargetKind.Percentage, UnitLevel.Commune, 10, "Dân số có trình độ đại học trở lên"),
            (TargetKind.Percentage, UnitLevel.Commune, 40, "Công dân đạt danh hiệu công dân học tập"),
            (TargetKind.UnitsReaching, UnitLevel.Commune, 100, "Xã đạt chuẩn xóa mù chữ mức độ 2"),
            (TargetKind.UnitsReaching, UnitLevel.Commune, 90, "Xã đạt chuẩn phổ cập THCS mức độ 3"),
            (TargetKind.UnitsReaching, UnitLevel.Commune, 70, "Trung tâm học tập cộng đồng ứng dụng CNTT"),
            (TargetKind.Count, UnitLevel.Commune, 100_000, "Lớp chuyên đề đã tổ chức"),
            (TargetKind.Level, UnitLevel.District, 2, "Huyện duy trì chuẩn xóa mù chữ"),
            (TargetKind.YesNo, UnitLevel.District, 1, "Huyện duy trì phổ cập mầm non 5 tuổi"),
            (TargetKind.Percentage, UnitLevel.Province, 60, "Cơ sở giáo dục phổ thông chuyển đổi số"),
        ];
        for (var t = 0; t < targets.Length; t++)
        {
            var target = new Target
            {
                Code = "T" + (t + 1).ToString(CultureInfo.InvariantCulture), Name = targets[t].Name, Kind = targets[t].Kind,
                ReportedByLevel = targets[t].Level, SortOrder = t,
            };
            target.Values.Add(new TargetValue { Year = Year, Value = targets[t].Goal });
            plan.Targets.Add(target);
        }

        var window = PeriodCalendar.Annual(Year, DeadlineRule.EveryYear(10, 12, "trước ngày 10/12 hằng năm"), []);
        var period = new ReportingPeriod
        {
            Plan = plan, Name = window.Name, Frequency = ReportFrequency.Annual, Year = Year, CutoffStart = window.CutoffStart,
            CutoffEnd = window.CutoffEnd, Deadline = window.Deadline, OpenedAt = new DateTimeOffset(Year, 1, 20, 8, 0, 0, TimeSpan.FromHours(7)),
        };
        db.ReportingPeriods.Add(period);
        await db.SaveChangesAsync();
        return (period.Id, [.. plan.Targets.OrderBy(t => t.SortOrder).Select(t => new TargetRow(t.Id, t.Kind, t.ReportedByLevel!.Value))],
            [.. plan.Items.OrderBy(i => i.SortOrder).Select(i => i.Id)]);
    }

    /// <summary>A Sở GD&amp;ĐT per province and a Phòng GD&amp;ĐT per district; communes report through their UBND.</summary>
    private static async Task<List<Reporter>> AddEducationOfficesAsync(AppDbContext db)
    {
        var units = await db.Units.AsNoTracking().Where(u => u.ValidTo != null)
            .Select(u => new { u.Id, u.ParentId, u.Code, u.Name, u.Level }).ToListAsync();
        var committees = await db.Agencies.AsNoTracking().Where(a => a.Kind == AgencyKind.PeoplesCommittee)
            .ToDictionaryAsync(a => a.UnitId, a => a.Id);
        var offices = units.Where(u => u.Level != UnitLevel.Commune).ToDictionary(u => u.Id, u => new Agency
        {
            Key = u.Code + (u.Level == UnitLevel.Province ? ":so-gddt" : ":phong-gddt"),
            Name = (u.Level == UnitLevel.Province ? "Sở Giáo dục và Đào tạo " : "Phòng Giáo dục và Đào tạo ") + u.Name,
            Kind = AgencyKind.Department, UnitId = u.Id,
        });
        db.Agencies.AddRange(offices.Values);
        await db.SaveChangesAsync();

        return [.. units.OrderBy(u => u.Id).Select(u => u.Level switch
        {
            UnitLevel.Commune => new Reporter(committees[u.Id], u.Id, offices[u.ParentId!.Value].Id, u.Level),
            UnitLevel.District => new Reporter(offices[u.Id].Id, u.Id, offices[u.ParentId!.Value].Id, u.Level),
            _ => new Reporter(offices[u.Id].Id, u.Id, committees[u.Id], u.Level),
        })];
    }

    private static async Task<(int Reports, int Values, int Tasks)> AddReportsAsync(
        AppDbContext db, int periodId, List<Reporter> reporters, List<TargetRow> targets, List<int> tasks)
    {
        var random = new Random(2024);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        var report = Command(connection, transaction,
            "INSERT INTO Reports (PeriodId, AgencyId, UnitId, ReviewerAgencyId, Status, LastSavedAt, LastSavedBy, SubmittedAt, IsLate, ApprovedAt, Version) "
            + "VALUES ($period, $agency, $unit, $reviewer, $status, $saved, 'bench', $submitted, $late, $approved, 1) RETURNING Id",
            "$period", "$agency", "$unit", "$reviewer", "$status", "$saved", "$submitted", "$late", "$approved");
        var value = Command(connection, transaction,
            "INSERT INTO ReportTargetValues (ReportId, TargetId, Numerator, Denominator, Reached, Count, Level) VALUES ($report, $target, $num, $den, $reached, $count, $level)",
            "$report", "$target", "$num", "$den", "$reached", "$count", "$level");
        var entry = Command(connection, transaction,
            "INSERT INTO ReportTaskEntries (ReportId, PlanItemId, Progress, Percent, CompletedOn) VALUES ($report, $item, $progress, $percent, $completed)",
            "$report", "$item", "$progress", "$percent", "$completed");

        var deadline = new DateTimeOffset(DeadlineDay.ToDateTime(new TimeOnly(16, 0)), TimeSpan.FromHours(7));
        var (reports, values, entries) = (0, 0, 0);
        foreach (var reporter in reporters)
        {
            var roll = random.NextDouble();
            var status = roll < 0.78 ? ReportStatus.Approved : roll < 0.86 ? ReportStatus.Submitted : roll < 0.90 ? ReportStatus.Returned : ReportStatus.Draft;
            var opened = status != ReportStatus.Draft || random.NextDouble() < 0.5;
            var late = status != ReportStatus.Draft && random.NextDouble() < 0.12;
            var submitted = status == ReportStatus.Draft ? (DateTimeOffset?)null : deadline.AddDays(late ? random.Next(1, 20) : -random.Next(0, 25));
            report.Parameters["$period"].Value = periodId;
            report.Parameters["$agency"].Value = reporter.AgencyId;
            report.Parameters["$unit"].Value = reporter.UnitId;
            report.Parameters["$reviewer"].Value = reporter.ReviewerId;
            report.Parameters["$status"].Value = status.ToString();
            report.Parameters["$saved"].Value = opened ? Instant.ConvertToProvider((submitted ?? deadline).AddDays(-1)) : DBNull.Value;
            report.Parameters["$submitted"].Value = submitted is { } s ? Instant.ConvertToProvider(s) : DBNull.Value;
            report.Parameters["$late"].Value = late ? 1 : 0;
            report.Parameters["$approved"].Value = status == ReportStatus.Approved ? Instant.ConvertToProvider(submitted!.Value.AddDays(3)) : DBNull.Value;
            var reportId = (long)(await report.ExecuteScalarAsync())!;
            reports++;
            if (!opened)
            {
                continue;
            }

            foreach (var target in targets.Where(t => t.Level == reporter.Level))
            {
                Figure(value, reportId, target, random);
                await value.ExecuteNonQueryAsync();
                values++;
            }

            var taskCount = reporter.Level switch { UnitLevel.Commune => 12, UnitLevel.District => 24, _ => 40 };
            foreach (var item in tasks.Take(taskCount))
            {
                var p = random.NextDouble();
                var progress = p < 0.55 ? TaskProgress.Completed : p < 0.9 ? TaskProgress.InProgress : TaskProgress.NotStarted;
                entry.Parameters["$report"].Value = reportId;
                entry.Parameters["$item"].Value = item;
                entry.Parameters["$progress"].Value = progress.ToString();
                entry.Parameters["$percent"].Value = progress switch { TaskProgress.Completed => 100, TaskProgress.InProgress => random.Next(10, 95), _ => 0 };
                entry.Parameters["$completed"].Value = progress == TaskProgress.Completed
                    ? new DateOnly(Year, 1, 1).AddDays(random.Next(0, 360)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : DBNull.Value;
                await entry.ExecuteNonQueryAsync();
                entries++;
            }
        }

        await transaction.CommitAsync();
        return (reports, values, entries);
    }

    private static void Figure(SqliteCommand value, long reportId, TargetRow target, Random random)
    {
        foreach (SqliteParameter p in value.Parameters)
        {
            p.Value = DBNull.Value;
        }

        value.Parameters["$report"].Value = reportId;
        value.Parameters["$target"].Value = target.Id;
        switch (target.Kind)
        {
            case TargetKind.Percentage:
                var denominator = 800 + random.Next(0, 4000);
                value.Parameters["$den"].Value = Decimal(denominator);
                value.Parameters["$num"].Value = Decimal(Math.Round(denominator * (0.2m + (decimal)random.NextDouble() * 0.4m)));
                break;
            case TargetKind.UnitsReaching:
            case TargetKind.YesNo:
                value.Parameters["$reached"].Value = random.NextDouble() < 0.8 ? 1 : 0;
                break;
            case TargetKind.Count:
                value.Parameters["$count"].Value = Decimal(random.Next(1, 60));
                break;
            case TargetKind.Level:
                value.Parameters["$level"].Value = random.Next(1, 4);
                break;
        }
    }

    /// <summary>EF's SQLite provider stores decimals as invariant text.</summary>
    private static string Decimal(decimal value) => value.ToString("0.0###", CultureInfo.InvariantCulture);

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }

        command.Prepare();
        return command;
    }
}
