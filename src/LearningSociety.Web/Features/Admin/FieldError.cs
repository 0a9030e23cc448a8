namespace LearningSociety.Web.Features.Admin;

/// <summary>A refusal meant for one field of a form ("" for the whole form), already in Vietnamese.</summary>
public sealed record FieldError(string Field, string Message);
