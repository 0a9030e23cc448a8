namespace LearningSociety.Infrastructure.Importing;

/// <summary>A file that cannot be read as a plan or workbook; the message is Vietnamese and meant for the user.</summary>
public sealed class PlanFileException : Exception
{
    public PlanFileException()
    {
    }

    public PlanFileException(string message)
        : base(message)
    {
    }

    public PlanFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
