namespace LearningSociety.Infrastructure.Email;

/// <summary>Sends one e-mail; throws when it could not be handed over, so the caller can retry later.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken ct = default);
}
