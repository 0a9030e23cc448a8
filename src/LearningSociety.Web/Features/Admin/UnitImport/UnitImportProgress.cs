using System.Collections.Concurrent;

namespace LearningSociety.Web.Features.Admin.UnitImport;

/// <summary>
/// The live progress of the jobs this process is running. On SQLite the import's transaction keeps
/// every other writer out, so the stored progress can only move between steps; the status endpoint
/// reads this first.
/// </summary>
public sealed class UnitImportProgress
{
    private readonly ConcurrentDictionary<int, int> _progress = new();

    public void Set(int id, int percent) => _progress[id] = Math.Clamp(percent, 1, 99);

    public int? Get(int id) => _progress.TryGetValue(id, out var p) ? p : null;

    public void Remove(int id) => _progress.TryRemove(id, out _);
}
