using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Reporting;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.ApiTokens;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Web.Features.PlanEditor;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Admin.ApiTokens;

/// <summary>Issuing, listing and revoking API tokens; each issue and revocation is audited.</summary>
public sealed class ApiTokenCommands(AppDbContext db, AuditLog audit, TimeProvider clock)
{
    public const int MaxListed = 200;

    public async Task<ApiTokenListModel> ListAsync(ApiTokenForm? form, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var tokens = db.ApiTokens.AsNoTracking();
        var rows = await tokens.OrderByDescending(t => t.Id).Take(MaxListed)
            .Select(t => new { t.Id, t.Name, Unit = t.Unit!.Name, t.Scopes, t.Hint, t.CreatedAt, t.CreatedBy, t.ExpiresAt, t.RevokedAt, t.RevokedBy, t.LastUsedAt })
            .ToListAsync(ct);
        return new ApiTokenListModel(
            [.. rows.Select(t => new ApiTokenListModel.Row(
                t.Id, t.Name, t.Unit, ScopeText(t.Scopes), t.Hint, t.CreatedAt, t.CreatedBy, t.ExpiresAt, t.RevokedAt, t.RevokedBy, t.LastUsedAt,
                t.RevokedAt is null && now < t.ExpiresAt,
                t.RevokedAt is not null ? "Đã thu hồi" : now >= t.ExpiresAt ? "Hết hạn" : "Đang dùng"))],
            await tokens.CountAsync(ct),
            await FormAsync(form ?? new ApiTokenForm(), ct));
    }

    /// <summary>
    /// The new token (its text, shown once), or the problems by field with nothing saved; nothing is saved
    /// either when <paramref name="formIsValid"/> is false (the form's own checks failed), but the problems are still found.
    /// </summary>
    public async Task<(ApiTokenCreated? Created, IReadOnlyList<(string Field, string Message)> Problems)> CreateAsync(
        ApiTokenForm form, UserScope actor, bool formIsValid, CancellationToken ct)
    {
        var problems = new List<(string, string)>();
        var name = FormText.Clean(form.Name);
        var today = VietnamTime.Today(clock);
        var unit = form.UnitId is { } uid
            ? await db.Units.AsNoTracking().Where(u => u.Id == uid && u.Level != UnitLevel.Commune && u.ValidFrom <= today && (u.ValidTo == null || u.ValidTo >= today))
                .Select(u => new { u.Id, u.Name }).SingleOrDefaultAsync(ct)
            : null;
        if (unit is null)
        {
            problems.Add((nameof(form.UnitId), "Chọn một tỉnh hoặc huyện còn hiệu lực trong danh sách."));
        }

        var scopes = (form.ReadFigures ? ApiScopes.Figures : ApiScopes.None) | (form.ReadPlans ? ApiScopes.Plans : ApiScopes.None);
        if (scopes == ApiScopes.None)
        {
            problems.Add((nameof(form.ReadFigures), "Chọn ít nhất một quyền đọc cho mã."));
        }

        if (form.Days is not { } days || !ApiTokenForm.Lifetimes.Contains(days))
        {
            problems.Add((nameof(form.Days), "Chọn thời hạn trong danh sách (tối đa 365 ngày)."));
        }

        if (name is null)
        {
            problems.Add((nameof(form.Name), "Vui lòng nhập tên hệ thống sẽ dùng mã."));
        }

        if (!formIsValid || problems.Count > 0 || unit is null || name is null)
        {
            return (null, problems);
        }

        var (text, hash, hint) = ApiTokenSecret.Create();
        var now = clock.GetUtcNow();
        var token = new ApiToken
        {
            Name = name, UnitId = unit.Id, Scopes = scopes, Hash = hash, Hint = hint, CreatedAt = now, CreatedBy = actor.UserName,
            ExpiresAt = now.AddDays(form.Days!.Value),
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        audit.Add(actor, AuditAction.ApiTokenCreate, AuditSubject.ApiToken, token.Id,
            $"{name} · {unit.Name} · {ScopeText(scopes)} · hết hạn {Display.DateTime(token.ExpiresAt)}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (new ApiTokenCreated(token.Id, name, unit.Name, ScopeText(scopes), token.ExpiresAt, text), []);
    }

    /// <summary>Revokes the token at once; false when there is no such token. Revoking twice changes nothing.</summary>
    public async Task<bool> RevokeAsync(int id, UserScope actor, CancellationToken ct)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id, ct);
        if (token is null)
        {
            return false;
        }

        if (token.RevokedAt is null)
        {
            token.RevokedAt = clock.GetUtcNow();
            token.RevokedBy = actor.UserName;
            audit.Add(actor, AuditAction.ApiTokenRevoke, AuditSubject.ApiToken, token.Id, token.Name);
            await db.SaveChangesAsync(ct);
        }

        return true;
    }

    public static string ScopeText(ApiScopes scopes) => string.Join("; ", new[]
    {
        scopes.HasFlag(ApiScopes.Figures) ? "số liệu tổng hợp" : null,
        scopes.HasFlag(ApiScopes.Plans) ? "kế hoạch và tình trạng báo cáo" : null,
    }.OfType<string>());

    private async Task<ApiTokenForm> FormAsync(ApiTokenForm form, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var units = await db.Units.AsNoTracking()
            .Where(u => u.Level != UnitLevel.Commune && u.ValidFrom <= today && (u.ValidTo == null || u.ValidTo >= today))
            .Select(u => new { u.Id, u.Name, u.Level, u.Path })
            .ToListAsync(ct);
        form.Units = [.. units.OrderBy(u => u.Path, StringComparer.Ordinal).Select(u => new EditorOption(u.Id, u.Name, (int)u.Level - 1))];
        return form;
    }
}
