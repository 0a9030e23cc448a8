using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace LearningSociety.Web.Features.Shared;

/// <summary>
/// <c>&lt;icon name="save" class="text-success" /&gt;</c>: one symbol of the icon sprite (FrontEnd/icons.txt,
/// built from the bootstrap-icons package at build time), decorative, drawn in the text's colour. The
/// sprite is one small fingerprinted file the browser keeps, instead of an icon font of 2,000 glyphs.
/// </summary>
[HtmlTargetElement("icon", Attributes = "name", TagStructure = TagStructure.WithoutEndTag)]
public sealed class IconTagHelper : TagHelper
{
    public const string SpritePath = "lib/icons/sprite.svg";

    public string Name { get; set; } = "";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = "svg";
        output.TagMode = TagMode.StartTagAndEndTag;
        var extra = output.Attributes.TryGetAttribute("class", out var cls) ? " " + cls.Value : "";
        output.Attributes.SetAttribute("class", "bi" + extra);
        output.Attributes.SetAttribute("aria-hidden", "true");
        output.Attributes.SetAttribute("focusable", "false");
        var use = new TagBuilder("use");
        use.Attributes["href"] = SpriteUrl(ViewContext.HttpContext) + "#" + Name;
        output.Content.SetHtmlContent(use);
    }

    /// <summary>The sprite's fingerprinted URL from the static assets manifest (its plain path when there is none).</summary>
    public static string SpriteUrl(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var assets = http.GetEndpoint()?.Metadata.GetMetadata<ResourceAssetCollection>();
        return http.Request.PathBase + "/" + (assets?[SpritePath] ?? SpritePath);
    }
}
