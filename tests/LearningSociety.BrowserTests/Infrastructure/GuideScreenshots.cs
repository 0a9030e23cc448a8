namespace LearningSociety.BrowserTests.Infrastructure;

/// <summary>
/// Screenshots for the user guide (docs/huong-dan/). Always written to &lt;test bin&gt;/screenshots/guide/;
/// copied into docs/images/ only when UPDATE_GUIDE_SCREENSHOTS=1, so an ordinary run never dirties the work tree.
/// </summary>
public static class GuideScreenshots
{
    public const string SwitchVariable = "UPDATE_GUIDE_SCREENSHOTS";

    public static string Folder => Path.Combine(BrowserFixture.ScreenshotFolder, "guide");

    /// <summary>What the window shows (1280×800 or a phone), never the whole page: the guide's pictures stay small.</summary>
    public static async Task<string> GuideScreenshotAsync(this BrowserSession session, string name)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        await session.Page.ScreenshotAsync(new() { Path = path, FullPage = false });
        Assert.True(new FileInfo(path).Length > 1_000, $"screenshot {path} is empty");
        if (Environment.GetEnvironmentVariable(SwitchVariable) == "1")
        {
            var images = Path.Combine(RepositoryRoot(), "docs", "images");
            Directory.CreateDirectory(images);
            File.Copy(path, Path.Combine(images, name + ".png"), overwrite: true);
        }

        return path;
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LearningSociety.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("LearningSociety.sln not found above " + AppContext.BaseDirectory);
    }
}
