using System.Text;

namespace LearningSociety.UnitTests.Support;

/// <summary>
/// The second, independent reader of our workbooks: LibreOffice headless converts the file to CSV as a
/// person would see its first sheet (formatted numbers and dates as displayed).
/// </summary>
public static class LibreOfficeCsv
{
    /// <summary>Converts with LibreOffice headless and reads the first sheet's CSV back.</summary>
    public static List<string[]> FirstSheet(byte[] xlsxBytes)
    {
        var work = Directory.CreateTempSubdirectory("xlsx-csv-");
        try
        {
            var xlsx = Path.Combine(work.FullName, "bao-cao.xlsx");
            File.WriteAllBytes(xlsx, xlsxBytes);

            // A private profile: parallel runs and a developer's open LibreOffice do not collide.
            var profile = new Uri(Path.Combine(work.FullName, "profile")).AbsoluteUri;
            ExternalTool.Run(
                "libreoffice",
                [$"-env:UserInstallation={profile}", "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", work.FullName, xlsx],
                TimeSpan.FromMinutes(3),
                new Dictionary<string, string> { ["HOME"] = work.FullName });

            return Csv.Parse(File.ReadAllText(Path.Combine(work.FullName, "bao-cao.csv"), Encoding.UTF8));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>RFC 4180 reading: quoted fields may hold commas, quotes and line breaks.</summary>
    private static class Csv
    {
        public static List<string[]> Parse(string text)
        {
            var rows = new List<string[]>();
            var row = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    row.Add(field.ToString());
                    field.Clear();
                }
                else if (c == '\n')
                {
                    row.Add(field.ToString().TrimEnd('\r'));
                    field.Clear();
                    rows.Add([.. row]);
                    row.Clear();
                }
                else
                {
                    field.Append(c);
                }
            }

            if (field.Length > 0 || row.Count > 0)
            {
                row.Add(field.ToString());
                rows.Add([.. row]);
            }

            return rows;
        }
    }
}
