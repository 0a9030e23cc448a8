namespace LearningSociety.Domain.Importing;

/// <summary>Something the importer could not read, or read with a guess the user should check.</summary>
/// <param name="Location">Where, in words a user reads: "Dòng 12", "Trang tính “Chỉ tiêu”, dòng 4, cột “Loại”".</param>
/// <param name="Message">What went wrong, in Vietnamese.</param>
/// <param name="Line">The line of the source text, when the issue comes from one.</param>
public sealed record ImportIssue(string Location, string Message, int? Line = null)
{
    public static ImportIssue AtLine(int line, string message) =>
        new("Dòng " + line.ToString(System.Globalization.CultureInfo.InvariantCulture), message, line);

    public override string ToString() => Location + ": " + Message;
}
