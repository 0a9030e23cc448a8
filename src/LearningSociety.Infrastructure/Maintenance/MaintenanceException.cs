namespace LearningSociety.Infrastructure.Maintenance;

/// <summary>A backup or restore that was refused or failed; the message is for the operator, in Vietnamese.</summary>
public sealed class MaintenanceException(string message, Exception? inner = null) : Exception(message, inner);
