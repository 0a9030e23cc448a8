namespace LearningSociety.Infrastructure.Email;

/// <summary>A message could not be handed to the mail server; <see cref="Exception.Message"/> says why, in Vietnamese, for the administrator.</summary>
public sealed class EmailDeliveryException(string message, Exception inner) : Exception(message, inner);
