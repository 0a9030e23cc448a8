using LearningSociety.Domain.Units;

namespace LearningSociety.Domain.Rollup;

/// <summary>
/// Shows a pre-reform roll-up under today's units. Each old unit's own report (with the agencies that
/// reported at it) moves, unchanged, under the current unit its history belongs to:
/// <list type="bullet">
/// <item>merged in full (through any chain of successions): under that unit, so a new commune's
/// figures are the sums of the old communes it absorbed, and its completeness is over their expected
/// reports (the new unit expected nothing then, so it never exceeds 100 %);</item>
/// <item>split ("partial"): in a row of its own, named with its successors, under the smallest current
/// unit holding all of them; counted there and above, never in any one successor's total;</item>
/// <item>no successor on record (an abolished district): with its parent's history (a district's bodies
/// go to the province that absorbed the old province).</item>
/// </list>
/// Nothing is added, dropped or counted twice, so the totals above the successors are exact.
/// </summary>
public static class HistoryRemap
{
    public static RemappedHistory Map(RollupNode oldRoot, SuccessionGraph graph, IReadOnlyList<CurrentUnit> current)
    {
        ArgumentNullException.ThrowIfNull(oldRoot);
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(current);
        var units = current.ToDictionary(u => u.Id);
        var placement = new Placement(units);

        // Breadth first keeps the old tree's order among the rows placed under one unit.
        var queue = new Queue<(RollupNode Node, SuccessionTarget? Inherited)>();
        foreach (var top in oldRoot.Level is null ? oldRoot.Children.Where(c => c.Level is not null) : [oldRoot])
        {
            queue.Enqueue((top, null));
        }

        while (queue.Count > 0)
        {
            var (node, inherited) = queue.Dequeue();
            var target = graph.Resolve(node.UnitId) ?? inherited;
            var agencies = node.Children.Where(c => c.Level is null).ToList();
            if (node.Report is not null || node.ExpectedToReport || agencies.Count > 0)
            {
                placement.Place(node with { Children = agencies }, target);
            }

            foreach (var child in node.Children.Where(c => c.Level is not null))
            {
                queue.Enqueue((child, target));
            }
        }

        return placement.Build(current);
    }

    private sealed class Placement(Dictionary<int, CurrentUnit> units)
    {
        private readonly Dictionary<int, List<RollupNode>> attached = [];
        private readonly Dictionary<int, RollupNode> unchanged = [];
        private readonly Dictionary<int, RollupNode> nodes = [];
        private readonly List<SharedHistory> shared = [];

        public void Place(RollupNode carried, SuccessionTarget? target)
        {
            foreach (var agency in carried.Children)
            {
                nodes[agency.UnitId] = agency;
            }

            if (target is null)
            {
                Attach(RemappedHistory.AllUnitsId, carried);
            }
            else if (target.Whole && target.Units[0] == carried.UnitId)
            {
                unchanged[carried.UnitId] = carried; // a unit that did not change keeps its own report
            }
            else if (target.Whole)
            {
                Attach(target.Units[0], carried);
            }
            else
            {
                var home = CommonAncestor(target.Units);
                var names = string.Join(", ", target.Units.Select(id => units[id].Name));
                Attach(home ?? RemappedHistory.AllUnitsId, carried with { Name = $"{carried.Name} (chia cho nhiều đơn vị: {names})" });
                shared.Add(new SharedHistory(carried.UnitId, carried.Name, target.Units, home));
            }
        }

        public RemappedHistory Build(IReadOnlyList<CurrentUnit> current)
        {
            var needed = new HashSet<int>();
            foreach (var id in attached.Keys.Concat(unchanged.Keys).Where(id => id != RemappedHistory.AllUnitsId))
            {
                for (int? at = id; at is { } a && units.ContainsKey(a) && needed.Add(a); at = units[a].ParentId)
                {
                }
            }

            // Deepest first, so every unit is made once, after its children; siblings keep the given order.
            var order = current.Select((u, i) => (Unit: u, Index: i)).Where(x => needed.Contains(x.Unit.Id))
                .OrderByDescending(x => Depth(x.Unit.Id)).ThenBy(x => x.Index).ToList();
            var below = new Dictionary<int, List<RollupNode>>();
            var tops = new List<RollupNode>();
            foreach (var (unit, _) in order)
            {
                var own = unchanged.GetValueOrDefault(unit.Id);
                List<RollupNode> children = [.. below.GetValueOrDefault(unit.Id) ?? [], .. own?.Children ?? [], .. attached.GetValueOrDefault(unit.Id) ?? []];
                var node = new RollupNode
                {
                    UnitId = unit.Id, Name = unit.Name, Level = unit.Level, Children = children,
                    ExpectedToReport = own?.ExpectedToReport ?? false, Report = own?.Report,
                };
                nodes[unit.Id] = node;
                if (unit.ParentId is { } parent && needed.Contains(parent))
                {
                    (below.TryGetValue(parent, out var list) ? list : below[parent] = []).Add(node);
                }
                else
                {
                    tops.Add(node);
                }
            }

            // Sorting the tops by their given order keeps the output independent of the depth sort.
            var index = current.Select((u, i) => (u.Id, i)).ToDictionary(x => x.Id, x => x.i);
            tops.Sort((a, b) => index[a.UnitId].CompareTo(index[b.UnitId]));
            var root = new RollupNode
            {
                UnitId = RemappedHistory.AllUnitsId, Name = "Toàn quốc", ExpectedToReport = false,
                Children = [.. tops, .. attached.GetValueOrDefault(RemappedHistory.AllUnitsId) ?? []],
            };
            nodes[root.UnitId] = root;
            return new RemappedHistory(root, nodes, needed, shared);
        }

        private void Attach(int unitId, RollupNode carried)
        {
            nodes[carried.UnitId] = carried;
            (attached.TryGetValue(unitId, out var list) ? list : attached[unitId] = []).Add(carried);
        }

        private int Depth(int id)
        {
            var depth = 0;
            for (var at = units[id].ParentId; at is { } a && units.ContainsKey(a); at = units[a].ParentId)
            {
                depth++;
            }

            return depth;
        }

        /// <summary>The deepest current unit holding all of <paramref name="ids"/>; null when none does.</summary>
        private int? CommonAncestor(IReadOnlyList<int> ids)
        {
            List<int> Chain(int id)
            {
                var chain = new List<int>();
                for (int? at = id; at is { } a && units.ContainsKey(a); at = units[a].ParentId)
                {
                    chain.Add(a);
                }

                return chain;
            }

            var common = Chain(ids[0]);
            foreach (var id in ids.Skip(1))
            {
                var other = Chain(id).ToHashSet();
                common = [.. common.Where(other.Contains)];
            }

            return common.Count == 0 ? null : common[0];
        }
    }
}
