namespace LearningSociety.Web.Features.Admin.ApiTokens;

/// <summary>The tokens page: the tokens (newest first, at most <see cref="ApiTokenCommands.MaxListed"/>) and the form for a new one.</summary>
public sealed record ApiTokenListModel(IReadOnlyList<ApiTokenListModel.Row> Tokens, int Total, ApiTokenForm Form)
{
    /// <param name="State">"Đang dùng", "Hết hạn" or "Đã thu hồi".</param>
    public sealed record Row(
        int Id, string Name, string Unit, string Scopes, string Hint, DateTimeOffset CreatedAt, string CreatedBy,
        DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, string? RevokedBy, DateTimeOffset? LastUsedAt, bool Active, string State);
}
