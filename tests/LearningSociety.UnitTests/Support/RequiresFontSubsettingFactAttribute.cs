using LearningSociety.Infrastructure.Exports.Pdf.Skia;

namespace LearningSociety.UnitTests.Support;

/// <summary>A fact that is skipped, with the reason shown, when HarfBuzz's subsetter library is not installed.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class RequiresFontSubsettingFactAttribute : FactAttribute
{
    public RequiresFontSubsettingFactAttribute()
    {
        if (!SkiaPdfRenderer.SubsetsFonts)
        {
            Skip = "libharfbuzz-subset.so.0 is not installed (apt-get install libharfbuzz-subset0).";
        }
    }
}
