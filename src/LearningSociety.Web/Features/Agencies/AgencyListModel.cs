namespace LearningSociety.Web.Features.Agencies;

public sealed record AgencyListModel(AgencyFilter Filter, IReadOnlyList<AgencyListModel.Row> Rows, int Total, int PageSize)
{
    public sealed record Row(int Id, string Name, string? ShortName, string Kind, string Unit, int UnitId, int Tasks, string? Contact);

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
