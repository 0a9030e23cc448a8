using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LearningSociety.UnitTests.Importing;

/// <summary>Builds .docx files for tests, with plain paragraphs or Word's own list numbering.</summary>
internal static class WordDocuments
{
    /// <summary>One paragraph per non-empty line of <paramref name="text"/>.</summary>
    public static byte[] FromLines(string text) =>
        Build(body =>
        {
            foreach (var line in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
            {
                body.Append(Paragraph(line));
            }
        });

    /// <summary>
    /// Paragraphs whose labels Word draws: (level, text) with level 0 = "I.", 1 = "1.", 2 = "a)", 3 = bullet,
    /// and level -1 for an unnumbered paragraph.
    /// </summary>
    public static byte[] Numbered(IEnumerable<(int Level, string Text)> paragraphs, MainDocumentPartAction? extra = null) =>
        Build(body =>
        {
            foreach (var (level, text) in paragraphs)
            {
                var p = Paragraph(text);
                if (level >= 0)
                {
                    p.PrependChild(new ParagraphProperties(new NumberingProperties(
                        new NumberingLevelReference { Val = level }, new NumberingId { Val = 1 })));
                }

                body.Append(p);
            }
        }, main =>
        {
            var numbering = main.AddNewPart<NumberingDefinitionsPart>();
            numbering.Numbering = new Numbering(
                new AbstractNum(
                    Level(0, NumberFormatValues.UpperRoman, "%1."),
                    Level(1, NumberFormatValues.Decimal, "%2."),
                    Level(2, NumberFormatValues.LowerLetter, "%3)"),
                    Level(3, NumberFormatValues.Bullet, "•")) { AbstractNumberId = 0 },
                new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
            extra?.Invoke(main);
        });

    public delegate void MainDocumentPartAction(MainDocumentPart main);

    public static byte[] Build(Action<Body> fill, Action<MainDocumentPart>? parts = null)
    {
        using var memory = new MemoryStream();
        using (var document = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            fill(body);
            main.Document = new Document(body);
            parts?.Invoke(main);
        }

        return memory.ToArray();
    }

    private static Paragraph Paragraph(string text) =>
        new(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Level Level(int index, NumberFormatValues format, string text) =>
        new(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = index };
}
