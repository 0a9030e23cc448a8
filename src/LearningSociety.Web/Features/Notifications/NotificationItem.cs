namespace LearningSociety.Web.Features.Notifications;

public sealed record NotificationItem(int Id, string Title, string? Body, string? Url, DateTimeOffset CreatedAt, bool IsRead);
