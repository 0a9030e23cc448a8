using LearningSociety.Infrastructure.Caching;
using Microsoft.Extensions.Caching.Memory;

namespace LearningSociety.Web.Features.Shared;

/// <summary>
/// Keeps what a page computed from the database for the <see cref="DataVersion"/> it was read under:
/// the next committed write makes it unreachable (and drops it), so nothing older than the last
/// acknowledged write is ever served. Values are shared between requests and must not be changed.
/// </summary>
public sealed class FreshCache(IMemoryCache cache, DataVersion version)
{
    /// <summary>An entry nobody reads for this long goes even without a write.</summary>
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(10);

    /// <param name="key">Everything the value depends on besides the data: the user's access, ids, today.</param>
    public async Task<T> GetOrCreateAsync<T>(string key, Func<Task<T>> create)
    {
        if (!version.Enabled)
        {
            return await create();
        }

        // Read before the data: a write committed meanwhile makes this version old, never the value stale.
        var superseded = version.Superseded;
        var at = (version.Current, key);
        if (cache.TryGetValue(at, out T? hit))
        {
            return hit!;
        }

        var value = await create();
        using var entry = cache.CreateEntry(at);
        entry.Value = value;
        entry.Size = 1;
        entry.SlidingExpiration = Idle;
        entry.AddExpirationToken(new Microsoft.Extensions.Primitives.CancellationChangeToken(superseded));
        return value;
    }
}
