using LearningSociety.Domain.Plans;

namespace LearningSociety.Domain.Importing;

/// <summary>A measurable target read from a sentence such as "40% số người trong độ tuổi lao động …".</summary>
/// <param name="Uncertain">The year (or the figure) is a guess: the review page marks it "cần kiểm tra".</param>
/// <param name="Rating">A rating target's <see cref="RatingScale"/> as stored.</param>
public sealed record DraftTarget(
    string Code,
    string Name,
    TargetKind Kind,
    decimal Value,
    string Text,
    string? Section = null,
    string? UnitOfMeasure = null,
    int? Year = null,
    int Line = 0,
    bool Uncertain = false,
    string? Rating = null);
