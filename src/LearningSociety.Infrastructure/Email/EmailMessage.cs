namespace LearningSociety.Infrastructure.Email;

/// <summary>A plain-text e-mail to one person.</summary>
public sealed record EmailMessage(string ToAddress, string ToName, string Subject, string TextBody);
