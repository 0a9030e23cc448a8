namespace LearningSociety.Infrastructure.Exports.Pdf.Skia;

/// <summary>Where a line's baseline sits below its top, and how far the next line starts below it.</summary>
internal readonly record struct LineMetrics(float Ascent, float Height);
