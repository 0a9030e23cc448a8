namespace LearningSociety.Web.Features.Agencies;

public sealed record AgencyListModel(AgencyFilter Filter, IReadOnlyList<AgencyListModel.Row> Rows, int Total, int PageSize)
{
    public sealed record Row(
        int Id, string Name, string? ShortName, string Kind, string Unit, int UnitId, int Tasks, string? Contact, Lifetime Lifetime);

    /// <summary>"Hoạt động từ … đến …", whether it has ended, and the body that took over.</summary>
    public sealed record Lifetime(string? Period, bool IsEnded, int? SuccessorId, string? Successor);

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
