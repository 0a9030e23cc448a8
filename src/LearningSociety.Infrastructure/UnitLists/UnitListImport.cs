using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Seeding;

namespace LearningSociety.Infrastructure.UnitLists;

/// <summary>
/// The one way a unit list is imported, by the admin page and by <c>import-units</c>: the units
/// (<see cref="AdminUnitImporter"/>), then the bodies' lifetimes (<see cref="ReformBodies"/>), in one
/// transaction. A preview runs exactly the same and rolls back, so it counts what the import will do.
/// </summary>
public sealed class UnitListImport(AppDbContext db)
{
    /// <param name="commit">False for a preview: everything is done, counted and rolled back.</param>
    /// <param name="beforeCommit">Adds what must be saved with the import (its audit line); only called when committing.</param>
    public async Task<UnitImportChanges> RunAsync(UnitList list, bool commit, Action<int>? progress = null,
        Action<UnitImportChanges>? beforeCommit = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(list);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var changes = await new AdminUnitImporter(db).ImportAsync(list, progress, ct);
            progress?.Invoke(92);
            await new ReformBodies(db).ApplyAsync(changes, ct);
            progress?.Invoke(98);
            if (commit)
            {
                beforeCommit?.Invoke(changes);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }
            else
            {
                await transaction.RollbackAsync(ct);
            }

            return changes;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
