namespace LearningSociety.Infrastructure.Setup;

/// <summary>The database cannot be reached right now (file gone, server down); the request may succeed later.</summary>
public sealed class DatabaseUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
