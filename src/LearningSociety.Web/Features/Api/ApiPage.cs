namespace LearningSociety.Web.Features.Api;

/// <summary>One page of a list: <paramref name="Total"/> items in all, <paramref name="PageSize"/> a page, pages counted from 1.</summary>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
