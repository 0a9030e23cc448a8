namespace LearningSociety.Web.Features.Admin;

public sealed record ContactListModel(AdminSearch Search, IReadOnlyList<ContactRow> Rows, int Total, int Page, int Pages);
