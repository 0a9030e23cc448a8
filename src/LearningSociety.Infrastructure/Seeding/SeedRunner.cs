using LearningSociety.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LearningSociety.Infrastructure.Seeding;

/// <summary>
/// Loads seeds/: the official unit lists in seeds/admin-units, then the plans in seeds/plans.
/// All in one transaction: either every file loads or the database is left as it was.
/// </summary>
public sealed class SeedRunner(AppDbContext db, ILogger<SeedRunner> logger)
{
    public sealed record Result(int UnitsAdded, int PlansAdded);

    public async Task<Result> RunAsync(string seedsPath, CancellationToken ct = default)
    {
        if (!Directory.Exists(seedsPath))
        {
            throw new SeedException(seedsPath, "-", "không tìm thấy thư mục seeds");
        }

        // Parse every plan before touching the database, so a syntax error costs nothing.
        var planFiles = Directory.GetFiles(Path.Combine(seedsPath, "plans"), "*.json").Order(StringComparer.Ordinal).ToList();
        var plans = planFiles.Select(f => (Path.GetFileName(f), PlanSeedReader.Read(f))).ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var units = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(seedsPath, "admin-units"), "*.json").Order(StringComparer.Ordinal))
        {
            units += (await new AdminUnitImporter(db).ImportAsync(file, ct)).UnitsAdded;
        }

        var added = await new PlanSeedImporter(db).ImportAsync(plans, ct);
        await db.SaveChangesAsync(ct);
        await LinkLegalReferencesAsync(ct);
        await new ReformBodies(db).ApplyAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        if (units > 0 || added > 0)
        {
            logger.LogInformation("Đã nạp dữ liệu mẫu: {Units} đơn vị hành chính, {Plans} kế hoạch", units, added);
        }

        return new Result(units, added);
    }

    /// <summary>A reference such as "770/KH-UBND" links to the plan when that plan is in the portal.</summary>
    private async Task LinkLegalReferencesAsync(CancellationToken ct)
    {
        var plans = await db.Plans.Where(p => p.Number != null)
            .Select(p => new { p.Id, p.Number, p.Symbol, p.IssuedOn }).ToListAsync(ct);
        var unlinked = await db.LegalReferences.Where(r => r.ReferencedPlanId == null).ToListAsync(ct);
        foreach (var reference in unlinked)
        {
            var match = plans.FirstOrDefault(p =>
                string.Equals(p.Number + "/" + p.Symbol, reference.Reference, StringComparison.OrdinalIgnoreCase)
                && (reference.IssuedOn is null || reference.IssuedOn == p.IssuedOn)
                && p.Id != reference.PlanId);
            reference.ReferencedPlanId = match?.Id;
        }

        await db.SaveChangesAsync(ct);
    }
}
