namespace LearningSociety.Web.Features.Consolidated;

/// <summary>
/// How a pre-reform period is shown: under today's units ("theo đơn vị hiện nay", <c>view=current</c>)
/// or under the units that reported ("theo đơn vị khi báo cáo", <c>view=reported</c>). A period
/// filed by units that still exist has one view only.
/// </summary>
public enum HistoryView
{
    Reported,
    Current,
}
