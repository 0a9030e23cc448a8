using LearningSociety.Domain.Plans;

namespace LearningSociety.UnitTests.Plans;

public class PlanItemTreeTests
{
    // I ─ I.1, I.2 (─ I.2.a) ; II ─ II.1
    private static List<PlanItem> Sample() =>
    [
        new() { Id = 1, Number = "I", SortOrder = 0 },
        new() { Id = 2, Number = "I.1", ParentId = 1, SortOrder = 1, IsTask = true },
        new() { Id = 3, Number = "I.2", ParentId = 1, SortOrder = 2, IsTask = true },
        new() { Id = 4, Number = "I.2.a", ParentId = 3, SortOrder = 3 },
        new() { Id = 5, Number = "II", SortOrder = 4 },
        new() { Id = 6, Number = "II.1", ParentId = 5, SortOrder = 5, IsTask = true },
    ];

    private static string Order(IReadOnlyCollection<PlanItem> items) =>
        string.Join(" ", PlanItemTree.InDocumentOrder(items).Select(x => x.Item.Number));

    [Fact]
    public void Reading_order_is_depth_first_with_depths()
    {
        var order = PlanItemTree.InDocumentOrder(Sample());
        Assert.Equal("I I.1 I.2 I.2.a II II.1", string.Join(" ", order.Select(x => x.Item.Number)));
        Assert.Equal([0, 1, 1, 2, 0, 1], order.Select(x => x.Depth));
    }

    [Fact]
    public void Moving_up_swaps_with_the_previous_sibling_and_keeps_children_with_their_parent()
    {
        var items = Sample();
        Assert.True(PlanItemTree.MoveAmongSiblings(items, items[2], -1));
        Assert.Equal("I I.2 I.2.a I.1 II II.1", Order(items));
        // SortOrder is the reading order over the whole plan, which flat task lists sort by.
        Assert.Equal(["I", "I.2", "I.2.a", "I.1", "II", "II.1"], items.OrderBy(i => i.SortOrder).Select(i => i.Number));
    }

    [Fact]
    public void Moving_past_either_end_does_nothing()
    {
        var items = Sample();
        Assert.False(PlanItemTree.MoveAmongSiblings(items, items[0], -1));
        Assert.False(PlanItemTree.MoveAmongSiblings(items, items[5], 1));
        Assert.Equal("I I.1 I.2 I.2.a II II.1", Order(items));
    }

    [Fact]
    public void Moving_under_another_parent_takes_the_subtree_and_goes_last()
    {
        var items = Sample();
        PlanItemTree.MoveUnder(items, items[2], 5);
        Assert.Equal("I I.1 II II.1 I.2 I.2.a", Order(items));
        Assert.Equal(5, items[2].ParentId);
    }

    [Fact]
    public void An_item_cannot_move_into_its_own_subtree()
    {
        var items = Sample();
        Assert.Throws<InvalidOperationException>(() => PlanItemTree.MoveUnder(items, items[0], 4));
        var parents = PlanItemTree.PossibleParents(items, items[0]).Select(p => p.Item.Number);
        Assert.Equal(["II", "II.1"], parents);
    }

    [Fact]
    public void A_new_item_is_appended_under_its_parent()
    {
        var items = Sample();
        PlanItemTree.Append(items, new PlanItem { Number = "I.3", ParentId = 1 });
        Assert.Equal("I I.1 I.2 I.2.a I.3 II II.1", Order(items));
    }

    [Theory]
    [InlineData(1, "I.3")]
    [InlineData(3, "I.2.b")]
    [InlineData(null, "III")]
    [InlineData(6, "II.1.1")]
    public void The_next_number_follows_the_document_scheme(int? parentId, string expected) =>
        Assert.Equal(expected, PlanItemTree.SuggestNumber(Sample(), parentId));

    [Fact]
    public void A_suggested_number_is_never_one_already_used()
    {
        var items = Sample();
        items.Add(new PlanItem { Id = 7, Number = "I.3", ParentId = 5, SortOrder = 6 });
        Assert.Equal("I.4", PlanItemTree.SuggestNumber(items, 1));
    }
}
