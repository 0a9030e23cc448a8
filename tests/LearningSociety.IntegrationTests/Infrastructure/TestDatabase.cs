using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Setup;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.IntegrationTests.Infrastructure;

/// <summary>A SQLite file migrated by the real SQLite migrations, without the web host.</summary>
public static class TestDatabase
{
    public static async Task<AppDbContext> CreateAsync()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("hoctap-db-").FullName, "test.db");
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite($"Data Source={path}", x => x.MigrationsAssembly(DatabaseServiceCollectionExtensions.SqliteMigrations))
            .Options;
        var db = new AppDbContext(options);
        await db.Database.MigrateAsync();
        return db;
    }

    /// <summary>A writable copy of the shipped seeds, for tests that break or extend one file.</summary>
    public static string CopyOfSeeds()
    {
        var target = Directory.CreateTempSubdirectory("hoctap-seeds-").FullName;
        foreach (var file in Directory.GetFiles(SeedCounts.SeedsFolder, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(SeedCounts.SeedsFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
