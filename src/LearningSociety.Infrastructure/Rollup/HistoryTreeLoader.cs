using LearningSociety.Domain.Reporting;
using LearningSociety.Domain.Rollup;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Infrastructure.Rollup;

/// <summary>
/// Loads a period's reports as they were filed (the whole tree the caller may see) and arranges them
/// under today's units with <see cref="HistoryRemap"/>: three queries more than the period's own tree
/// (today's units, the succession links, and the names only when the links are refused).
/// </summary>
public sealed class HistoryTreeLoader(AppDbContext db, RollupTreeLoader loader)
{
    /// <returns>Null when the period or the unit does not exist.</returns>
    public async Task<HistoryTree?> LoadAsync(int periodId, int currentUnitId, IQueryable<Report> reports, DateOnly today, CancellationToken ct = default)
    {
        var old = await loader.LoadAsync(periodId, null, reports, ct);
        if (old is null)
        {
            return null;
        }

        var current = await db.Units.AsNoTracking()
            .Where(u => u.ValidFrom <= today && (u.ValidTo == null || u.ValidTo >= today))
            .OrderBy(u => u.Code).ThenBy(u => u.Id)
            .Select(u => new { Unit = new CurrentUnit(u.Id, u.ParentId, u.Name, u.Level), u.Path })
            .ToListAsync(ct);
        var self = current.FirstOrDefault(u => u.Unit.Id == currentUnitId);
        if (self is null)
        {
            return null;
        }

        var links = await db.UnitSuccessions.AsNoTracking()
            .Select(s => new SuccessionLink(s.PredecessorId, s.SuccessorId, s.IsFull)).ToListAsync(ct);
        var ids = current.Select(u => u.Unit.Id).ToHashSet();
        var checkedGraph = SuccessionGraph.Create(links, ids, new Dictionary<int, string>());
        if (checkedGraph.Graph is not { } graph)
        {
            // Read the names only to explain the refusal.
            var named = links.SelectMany(l => new[] { l.PredecessorId, l.SuccessorId }).Distinct().ToList();
            var names = await db.Units.AsNoTracking().Where(u => named.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
            return new HistoryTree(null, new HashSet<int>(), [], SuccessionGraph.Create(links, ids, names).Error);
        }

        var map = HistoryRemap.Map(old.Root, graph, [.. current.Select(u => u.Unit)]);
        var paths = current.ToDictionary(u => u.Unit.Id, u => u.Path);
        var root = map.Nodes.GetValueOrDefault(currentUnitId)
            ?? new RollupNode { UnitId = currentUnitId, Name = self.Unit.Name, Level = self.Unit.Level, ExpectedToReport = false };
        var nodes = new Dictionary<int, RollupNode>();
        var info = new Dictionary<int, RollupNodeInfo>();
        var stack = new Stack<RollupNode>([root]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            nodes[node.UnitId] = node;
            info[node.UnitId] = old.Info.TryGetValue(node.UnitId, out var was)
                ? was with { Name = was.IsAgency ? was.Name : node.Name, HasChildren = node.Children.Count > 0 }
                : new RollupNodeInfo(node.UnitId, node.UnitId, node.Name, node.Level, paths[node.UnitId], false,
                    null, null, null, null, null, null, null, false, null, null, null, node.Children.Count > 0);
            foreach (var child in node.Children)
            {
                stack.Push(child);
            }
        }

        var unitNames = current.ToDictionary(u => u.Unit.Id, u => u.Unit.Name);
        var shared = map.Shared
            .Where(s => (s.CountedIn is { } home && nodes.ContainsKey(home)) || s.Successors.Contains(currentUnitId))
            .Select(s => new HistoryTree.SharedRow(s.Name, [.. s.Successors.Select(id => unitNames[id])], nodes.ContainsKey(s.UnitId)))
            .ToList();
        var tree = new RollupTree(old.Period, root, old.Targets, old.Tasks, nodes, info);
        return new HistoryTree(tree, map.CurrentNodes, shared, null);
    }
}
