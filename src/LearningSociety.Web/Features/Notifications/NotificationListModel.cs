namespace LearningSociety.Web.Features.Notifications;

public sealed class NotificationListModel
{
    public required IReadOnlyList<NotificationItem> Items { get; init; }
    public int Page { get; init; }
    public bool HasMore { get; init; }
    public int UnreadCount { get; init; }
}
