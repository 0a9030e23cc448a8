using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace LearningSociety.Web.Features.Admin;

/// <summary>
/// <c>&lt;span field-errors-for="Password"&gt;</c>: every error of the field, not only the first one as
/// asp-validation-for shows, so a weak password gets all its reasons at once. The span keeps the id
/// "&lt;field&gt;-error" that the input's aria-describedby points to.
/// </summary>
[HtmlTargetElement("span", Attributes = "field-errors-for")]
public sealed class FieldErrorsTagHelper : TagHelper
{
    [HtmlAttributeName("field-errors-for")]
    public ModelExpression For { get; set; } = default!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        output.Attributes.SetAttribute("id", name + "-error");
        output.Attributes.SetAttribute("class", "text-danger-emphasis small d-block");
        if (ViewContext.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0)
        {
            output.Content.SetContent(string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)));
        }
    }
}
