using LearningSociety.Domain.Units;
using LearningSociety.Web.Features.Consolidated;

namespace LearningSociety.Web.Features.Exports;

/// <summary>
/// The export buttons above a consolidation. A province (or wider) or a scope of more than
/// <see cref="ExportJobOptions.DirectUnitLimit"/> units is exported by a background job; a
/// smaller one downloads at once.
/// </summary>
/// <param name="Large">Whether the buttons post a job rather than link to the file.</param>
/// <param name="Communes">Whether the scope has communes below it, so a commune workbook makes sense.</param>
public sealed record ExportLinksModel(Consolidation Consolidation, bool Large, bool Communes, bool Prominent)
{
    public static ExportLinksModel For(Consolidation consolidation, ExportJobOptions options, bool prominent)
    {
        ArgumentNullException.ThrowIfNull(consolidation);
        ArgumentNullException.ThrowIfNull(options);
        var level = consolidation is { Tree: { } tree, Result: { } root } && tree.Info.TryGetValue(root.UnitId, out var info) ? info.Level : null;
        var units = consolidation.Result?.Expected ?? 0;
        var large = level is UnitLevel.Province || consolidation.Scope.Breadcrumb.Count == 1 || units > options.DirectUnitLimit;
        return new ExportLinksModel(consolidation, large, level is not UnitLevel.Commune, prominent);
    }
}
