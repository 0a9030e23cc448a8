using System.Security.Claims;
using LearningSociety.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Shared;

/// <summary>Loads the signed-in user's (or API token's) scope once per request.</summary>
public sealed class UserScopeProvider(AppDbContext db, IHttpContextAccessor http, FreshCache cache)
{
    private UserScope? _scope;

    public async Task<UserScope> GetAsync(CancellationToken ct = default)
    {
        if (_scope is not null)
        {
            return _scope;
        }

        var principal = http.HttpContext?.User;
        var id = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        if (principal is null || id is null)
        {
            return _scope = UserScope.Anonymous;
        }

        if (principal.FindFirstValue(Api.ApiTokenClaims.UnitPath) is { } tokenPath)
        {
            // Another system with an API token reads as a leader of the token's unit: the same rules below.
            var token = new UserScope(id, principal.FindFirstValue(ClaimTypes.Name) ?? id, null, tokenPath, UserScope.RolesOf(principal));
            var predecessors = await cache.GetOrCreateAsync("predecessors|" + tokenPath, () => PredecessorPathsAsync(tokenPath, ct));
            return _scope = token with { PredecessorPaths = predecessors };
        }

        // The account's unit, agency and the predecessors of its unit, read once per version of the data.
        var roles = UserScope.RolesOf(principal);
        return _scope = await cache.GetOrCreateAsync($"scope|{id}|{string.Join(',', roles.Order(StringComparer.Ordinal))}", () => BuildAsync(id, roles, ct))
            ?? new UserScope(id, "", null, null, roles);
    }

    /// <summary>
    /// An account's scope with the roles stored for it now: a background job acts as the user who asked,
    /// under the same rules as their pages. Null when the account no longer exists.
    /// </summary>
    public async Task<UserScope?> LoadAsync(string userId, CancellationToken ct)
    {
        var roles = await db.UserRoles.Where(r => r.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync(ct);
        return await BuildAsync(userId, roles.ToHashSet(StringComparer.Ordinal), ct);
    }

    private async Task<UserScope?> BuildAsync(string id, IReadOnlySet<string> roles, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.FullName, u.Email, u.AgencyId, Path = u.Unit != null ? u.Unit.Path : null })
            .SingleOrDefaultAsync(ct);
        if (user is null)
        {
            return null;
        }

        var scope = new UserScope(id, user.FullName is { Length: > 0 } name ? name : user.Email ?? "", user.AgencyId, user.Path, roles);
        return scope.ReadsSubtree ? scope with { PredecessorPaths = await PredecessorPathsAsync(scope.UnitPath!, ct) } : scope;
    }

    /// <summary>The old units that went (in full or in part) into a unit of the subtree, as the fewest path prefixes.</summary>
    private async Task<IReadOnlyList<string>> PredecessorPathsAsync(string own, CancellationToken ct)
    {
        var paths = await db.UnitSuccessions.AsNoTracking()
            .Where(s => s.Successor!.Path.StartsWith(own) && !s.Predecessor!.Path.StartsWith(own))
            .Select(s => s.Predecessor!.Path).Distinct().ToListAsync(ct);
        var kept = new List<string>();
        foreach (var path in paths.OrderBy(p => p.Length).ThenBy(p => p, StringComparer.Ordinal))
        {
            if (!kept.Any(k => path.StartsWith(k, StringComparison.Ordinal)))
            {
                kept.Add(path);
            }
        }

        return kept;
    }
}
