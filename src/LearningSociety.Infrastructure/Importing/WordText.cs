using System.IO.Packaging;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LearningSociety.Infrastructure.Importing;

/// <summary>
/// The paragraphs of a .docx as plain text, one per line with a blank line between them. List
/// numbering that Word draws itself ("1.", "a)", "-") is written out, because the importer reads
/// the plan's structure from those labels.
/// </summary>
internal static class WordText
{
    public static string Read(byte[] bytes, long maxBytes)
    {
        if (bytes.Length < 4 || bytes[0] != (byte)'P' || bytes[1] != (byte)'K' || bytes[2] != 3 || bytes[3] != 4)
        {
            throw new PlanFileException("Tệp .docx không hợp lệ: nội dung không phải tài liệu Word (Office Open XML). Nếu đây là tệp .doc cũ, hãy mở bằng Word và lưu lại thành .docx.");
        }

        ZipBudget.Check(bytes, maxBytes * 5, "Tài liệu Word");
        try
        {
            using var memory = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(memory, false);
            var main = document.MainDocumentPart
                ?? throw new PlanFileException("Tệp .docx không phải tài liệu Word: thiếu phần nội dung chính (word/document.xml).");
            var body = main.Document?.Body
                ?? throw new PlanFileException("Tài liệu Word không có phần thân văn bản.");
            var numbering = new WordNumbering(main.NumberingDefinitionsPart?.Numbering);
            var text = new StringBuilder();
            foreach (var paragraph in body.Descendants<Paragraph>())
            {
                var line = ParagraphText(paragraph);
                var label = numbering.Label(paragraph);
                if (label is not null && line.Length > 0)
                {
                    line = label + " " + line;
                }

                text.Append(line).Append("\n\n");
            }

            return text.ToString();
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or IOException or InvalidOperationException)
        {
            throw new PlanFileException("Tệp .docx bị hỏng hoặc không phải tài liệu Word hợp lệ; hãy mở bằng Word và lưu lại.", ex);
        }
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var b = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t:
                    b.Append(t.Text);
                    break;
                // A soft line break (Shift+Enter) only wraps the line inside one paragraph: it keeps the
                // words apart like a space, and does not start a new paragraph (or a new task) in the importer.
                case TabChar or Break or CarriageReturn:
                    b.Append(' ');
                    break;
            }
        }

        return b.ToString().Trim();
    }
}
