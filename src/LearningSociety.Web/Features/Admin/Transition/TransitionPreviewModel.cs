namespace LearningSociety.Web.Features.Admin.Transition;

/// <summary>"Xem lại": exactly what will change, and the form that confirms it (the choices and the fingerprint).</summary>
public sealed record TransitionPreviewModel(
    IReadOnlyList<TransitionChange> Changes, string Fingerprint, IReadOnlyDictionary<string, string> Choices, string? UndoId, string? Notice);
