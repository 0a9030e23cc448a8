namespace LearningSociety.Infrastructure.Email;

/// <summary>An e-mail to one person: plain text, and the same words as HTML when <see cref="HtmlBody"/> is given.</summary>
public sealed record EmailMessage(string ToAddress, string ToName, string Subject, string TextBody, string? HtmlBody = null);
