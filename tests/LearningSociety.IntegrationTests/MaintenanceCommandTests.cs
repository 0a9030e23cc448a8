using LearningSociety.Infrastructure.Maintenance;
using LearningSociety.IntegrationTests.Infrastructure;
using LearningSociety.Web.Setup;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.IntegrationTests;

/// <summary>The backup and restore commands as an operator runs them, with the portal's own configuration.</summary>
public sealed class MaintenanceCommandTests
{
    [Fact]
    public async Task Backup_then_restore_through_the_commands_gives_back_the_saved_database()
    {
        await using var db = await TestDatabase.CreateAsync();
        var path = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var backup = Path.Combine(Path.GetDirectoryName(path)!, "sao-luu", "hoctap-2024-12-10.db");
        SqliteConnection.ClearAllPools();

        Assert.Equal(0, await RunAsync(path, "backup", "--to", backup));
        using (var connection = SqliteFiles.Open(path, SqliteOpenMode.ReadWrite))
        {
            SqliteFiles.Execute(connection, "INSERT INTO AuditEntries (At, UserName, Action) VALUES (0, 'sau sao lưu', 'login')");
        }

        Assert.Equal(1, SqliteDatabaseCheck.Verify(path).Rows["AuditEntries"]);
        Assert.Equal(0, await RunAsync(path, "restore", "--from", backup));
        Assert.Equal(0, SqliteDatabaseCheck.Verify(path).Rows["AuditEntries"]);
    }

    [Fact]
    public async Task The_commands_explain_themselves_when_a_file_is_missing()
    {
        await using var db = await TestDatabase.CreateAsync();
        var path = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;

        Assert.Equal(2, await RunAsync(path, "backup"));
        Assert.Equal(1, await RunAsync(path, "restore", "--from", Path.Combine(Path.GetDirectoryName(path)!, "khong-co.db")));
    }

    /// <summary>What Program does with a command: the host built from the same configuration, then the command.</summary>
    private static async Task<int> RunAsync(string databasePath, params string[] args)
    {
        var command = PortalCommands.Parse([.. args, $"--ConnectionStrings:Sqlite=Data Source={databasePath}", "--Logging:FilePath=" + Path.Combine(Path.GetDirectoryName(databasePath)!, "logs", "cmd-.log")])!;
        var builder = WebApplication.CreateBuilder(command.HostArgs);
        builder.Services.AddPortal(builder.Configuration, builder.Environment);
        await using var app = builder.Build();
        return await command.RunAsync(app);
    }
}
