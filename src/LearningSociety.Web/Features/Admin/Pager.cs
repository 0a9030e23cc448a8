using Microsoft.AspNetCore.Http.Extensions;

namespace LearningSociety.Web.Features.Admin;

/// <summary>Page links that keep the list's filter: the query string of the page, with only "page" changed.</summary>
public sealed record Pager(string Path, IReadOnlyDictionary<string, string?> Query, int Page, int Pages)
{
    public string Url(int page)
    {
        var builder = new QueryBuilder();
        foreach (var (key, value) in Query)
        {
            if (!string.IsNullOrEmpty(value))
            {
                builder.Add(key, value);
            }
        }

        builder.Add("page", Math.Clamp(page, 1, Math.Max(1, Pages)).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Path + builder.ToQueryString();
    }

    public static int PageCount(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);
}
