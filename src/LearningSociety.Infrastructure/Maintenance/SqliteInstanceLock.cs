namespace LearningSociety.Infrastructure.Maintenance;

/// <summary>
/// An advisory lock beside the database file ("&lt;db&gt;.instance-lock"). A running portal holds it shared;
/// a restore needs it exclusively, so it cannot replace the file under a running portal, and a portal
/// cannot start in the middle of a restore. The kernel drops the lock when a process dies, even by kill -9.
/// </summary>
public sealed class SqliteInstanceLock : IDisposable
{
    private readonly FileStream _stream;

    private SqliteInstanceLock(FileStream stream) => _stream = stream;

    public static string PathFor(string databasePath) => databasePath + ".instance-lock";

    /// <summary>Held by every running portal; null when a restore holds the lock.</summary>
    public static SqliteInstanceLock? TryShared(string databasePath) => TryOpen(databasePath, FileShare.ReadWrite);

    /// <summary>Held by a restore; null while a portal runs against the same file.</summary>
    public static SqliteInstanceLock? TryExclusive(string databasePath) => TryOpen(databasePath, FileShare.None);

    public void Dispose() => _stream.Dispose();

    private static SqliteInstanceLock? TryOpen(string databasePath, FileShare share)
    {
        var path = PathFor(databasePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        try
        {
            // .NET on Linux takes flock(LOCK_EX) for FileShare.None and flock(LOCK_SH) otherwise.
            return new SqliteInstanceLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, share));
        }
        catch (IOException)
        {
            return null;
        }
    }
}
