using System.Net;
using System.Net.Http.Headers;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LearningSociety.IntegrationTests.Infrastructure;

/// <summary>Drives "Nhập kế hoạch từ văn bản" as a browser would: paste or upload, then post the review form.</summary>
public static class ImportClient
{
    public const string ReviewAction = "/PlanImport/Review";

    public static string SeedText(string id) =>
        File.ReadAllText(Directory.GetFiles(SeedCounts.SeedsFolder, id + "_*.txt").Single(), Encoding.UTF8);

    /// <summary>Posts the first form: pasted text, or a file with the given name and bytes.</summary>
    public static async Task<HttpResponseMessage> ReadAsync(this HttpClient client, string? text = null, string? fileName = null, byte[]? file = null)
    {
        var token = await client.AntiforgeryTokenAsync("/PlanImport");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(text ?? ""), "Text" },
        };
        if (fileName is not null)
        {
            var part = new ByteArrayContent(file ?? []);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(part, "File", fileName);
        }

        return await client.PostAsync("/PlanImport", content);
    }

    /// <summary>
    /// Reads the text and returns the review page's form, asserting it was shown, with every "cần kiểm tra"
    /// field ticked "Đã kiểm tra" as a person who checked them would (<paramref name="confirmGuesses"/>).
    /// </summary>
    public static async Task<(string Html, HtmlForm Form)> ReviewAsync(this HttpClient client, string text, bool confirmGuesses = true)
    {
        var response = await client.ReadAsync(text);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {Alert(html)}");
        var form = HtmlForm.Parse(html, ReviewAction);
        if (confirmGuesses)
        {
            ConfirmGuesses(html, form);
        }

        return (html, form);
    }

    /// <summary>The guessed fields of the page: the values of its "Đã kiểm tra" boxes.</summary>
    public static List<(string Name, string Value)> Guesses(string html) =>
        [.. System.Text.RegularExpressions.Regex.Matches(html, "type=\"checkbox\" id=\"[^\"]*\" name=\"((?:Targets\\[\\d+\\]\\.)?Confirmed)\" value=\"([^\"]*)\"")
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value))];

    public static void ConfirmGuesses(string html, HtmlForm form)
    {
        foreach (var (name, value) in Guesses(html))
        {
            if (!form.Fields.Any(f => f.Key == name && f.Value == value))
            {
                form.Fields.Add(new(name, value));
            }
        }
    }

    public static Task<HttpResponseMessage> PostReviewAsync(this HttpClient client, HtmlForm form, string step) =>
        client.PostAsync(ReviewAction, form.Submit("Step", step));

    /// <summary>Indexes of the draft's nodes, by the Nodes[i] fields of the form.</summary>
    public static int NodeCount(HtmlForm form) => form.Fields.Count(f => f.Key.StartsWith("Nodes[", StringComparison.Ordinal) && f.Key.EndsWith("].Number", StringComparison.Ordinal));

    public static int TaskCount(HtmlForm form) => form.Fields.Count(f => f.Key.EndsWith("].IsTask", StringComparison.Ordinal) && f.Value == "true");

    public static int FieldIndex(HtmlForm form, string prefix, string suffix, string value)
    {
        var field = form.Fields.First(f => f.Key.StartsWith(prefix, StringComparison.Ordinal) && f.Key.EndsWith(suffix, StringComparison.Ordinal) && f.Value == value);
        return int.Parse(field.Key[prefix.Length..field.Key.IndexOf(']', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Confirms the review form and returns the new plan's id, failing with the page's messages otherwise.</summary>
    public static async Task<int> ConfirmAsync(this HttpClient client, HtmlForm form)
    {
        var response = await client.PostReviewAsync(form, "Confirm");
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{response.StatusCode}: {Alert(html)} {Errors(html)}");
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string Errors(string html) =>
        string.Join(" | ", System.Text.RegularExpressions.Regex.Matches(html, "class=\"invalid-feedback d-block\"[^>]*>(.*?)</div>", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)));

    public static string Alert(string html)
    {
        var m = System.Text.RegularExpressions.Regex.Match(html, "<div class=\"alert alert-danger\"[^>]*>(.*?)</div>", System.Text.RegularExpressions.RegexOptions.Singleline);
        return m.Success ? WebUtility.HtmlDecode(m.Groups[1].Value).Trim() : "";
    }

    /// <summary>A PDF with a text layer, one line of text per line (a font with Vietnamese letters), or blank pages.</summary>
    public static byte[] Pdf(IReadOnlyList<string> lines, int pages = 1)
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"));
        for (var p = 0; p < pages; p++)
        {
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            var y = 810.0;
            foreach (var line in p == 0 ? lines : [])
            {
                page.AddText(line.Length > 90 ? line[..90] : line, 9, new UglyToad.PdfPig.Core.PdfPoint(30, y), font);
                y -= 12;
            }
        }

        return builder.Build();
    }

    /// <summary>A .docx with one paragraph per non-empty line.</summary>
    public static byte[] Docx(string text)
    {
        using var memory = new MemoryStream();
        using (var document = WordprocessingDocument.Create(memory, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var line in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
            {
                body.Append(new Paragraph(new Run(new Text(line) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })));
            }

            main.Document = new Document(body);
        }

        return memory.ToArray();
    }
}
