namespace LearningSociety.Web.Features.Admin.UnsentMail;

public sealed record UnsentMailModel(IReadOnlyList<UnsentMailModel.Row> Rows, int Total)
{
    /// <param name="Status">When it is tried again, or that it no longer will be.</param>
    public sealed record Row(string Recipient, string Email, string Title, string Created, int Attempts, string Error, string Status);
}
