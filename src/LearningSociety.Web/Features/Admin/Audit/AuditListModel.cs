namespace LearningSociety.Web.Features.Admin.Audit;

public sealed record AuditListModel(AuditFilter Filter, IReadOnlyList<AuditListModel.Row> Rows, int Total, int Page, int Pages)
{
    /// <param name="EntityUrl">Where the changed thing can be seen; null when it has no page.</param>
    public sealed record Row(long Id, string At, string UserName, string Action, string ActionLabel, string? Entity, string? EntityUrl, string? Details);
}
