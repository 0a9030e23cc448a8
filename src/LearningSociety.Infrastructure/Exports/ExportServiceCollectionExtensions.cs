using LearningSociety.Infrastructure.Exports.Pdf;
using LearningSociety.Infrastructure.Exports.Pdf.Skia;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.Infrastructure.Exports;

public static class ExportServiceCollectionExtensions
{
    /// <summary>
    /// Registers the PDF renderer as a singleton (it loads the fonts once). Exports:Pdf:FontDirectories,
    /// when set, replaces the default font folders rather than adding to them; Exports:Pdf:SubsetFonts
    /// = false embeds whole fonts.
    /// </summary>
    public static IServiceCollection AddExports(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new PdfFontOptions();
        var directories = configuration.GetSection($"{PdfFontOptions.Section}:FontDirectories").Get<string[]>();
        if (directories is { Length: > 0 })
        {
            options.FontDirectories = [.. directories];
        }

        if (bool.TryParse(configuration[$"{PdfFontOptions.Section}:SubsetFonts"], out var subset))
        {
            options.SubsetFonts = subset;
        }

        services.AddSingleton(options);
        services.AddSingleton<IPdfRenderer>(sp => new SkiaPdfRenderer(sp.GetRequiredService<PdfFontOptions>()));
        return services;
    }
}
