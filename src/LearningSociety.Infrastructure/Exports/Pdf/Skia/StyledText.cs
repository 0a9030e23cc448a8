namespace LearningSociety.Infrastructure.Exports.Pdf.Skia;

internal readonly record struct StyledText(string Text, TextStyle Style);
