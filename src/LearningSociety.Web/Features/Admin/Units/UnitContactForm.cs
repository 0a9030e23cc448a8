using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LearningSociety.Web.Features.Admin.Units;

public sealed class UnitContactForm : ContactForm
{
    [BindNever]
    public int Id { get; set; }

    [BindNever]
    public string Name { get; set; } = "";

    /// <summary>"Xã · mã 28144 · hiệu lực từ 01/07/2025".</summary>
    [BindNever]
    public string Detail { get; set; } = "";
}
