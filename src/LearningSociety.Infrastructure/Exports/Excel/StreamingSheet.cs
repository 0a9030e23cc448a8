using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using LearningSociety.Domain.Deadlines;

namespace LearningSociety.Infrastructure.Exports.Excel;

/// <summary>
/// Writes a one-sheet workbook row by row with the Open XML SDK's forward-only writer, for tables
/// too large for <see cref="WorkbookBuilder"/> (ClosedXML keeps every cell as an object: 6 s for
/// 5,000 rows). The sheet reads like a <see cref="SheetWriter"/> one: titles, a frozen bold header
/// that repeats when printed, a filter, explicit widths, typed cells with the same number formats,
/// and user text always as text (inline strings, never formulas; quote prefix when it looks like one).
/// </summary>
public static class StreamingSheet
{
    /// <param name="rows">Enumerated once, as the file is written: a producer can report progress from it.</param>
    public static void Write(Stream output, ExcelDocumentInfo info, string sheetName, IReadOnlyList<string> titles,
        IReadOnlyList<ExcelColumn> columns, IEnumerable<IReadOnlyList<object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(titles);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        if (columns.Count == 0)
        {
            throw new ArgumentException("Bảng phải có ít nhất một cột.", nameof(columns));
        }

        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        document.PackageProperties.Title = SafeText.Clean(info.Title);
        document.PackageProperties.Creator = SafeText.Clean(info.Author);
        document.PackageProperties.Subject = SafeText.Clean(info.Subject ?? "");
        document.PackageProperties.Created = info.Created.UtcDateTime;
        document.PackageProperties.Modified = info.Created.UtcDateTime;
        // Fast deflate: the sheet XML of a national workbook is some 40 MB, and Normal costs seconds more for a few per cent of size.
        document.CompressionOption = System.IO.Packaging.CompressionOption.Fast;
        var workbookPart = document.AddWorkbookPart();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = new StreamingStyles(columns).Build();
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
        var name = SheetName(sheetName);
        var header = titles.Count == 0 ? 1 : titles.Count + 2;
        int last;
        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            last = new RowWriter(writer, columns).WriteSheet(titles, header, rows);
        }

        var lastColumn = ColumnName(columns.Count);
        var quoted = "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'";
        var definedNames = new DefinedNames(
            new DefinedName($"{quoted}!$A${header}:${lastColumn}${last}") { Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true },
            new DefinedName($"{quoted}!${header}:${header}") { Name = "_xlnm.Print_Titles", LocalSheetId = 0 });
        workbookPart.Workbook = new Workbook(
            new Sheets(new Sheet { Name = name, SheetId = 1, Id = workbookPart.GetIdOfPart(sheetPart) }),
            definedNames);
        workbookPart.Workbook.Save();
    }

    /// <summary>1 → A, 27 → AA.</summary>
    public static string ColumnName(int number)
    {
        var name = "";
        for (var n = number; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static string SheetName(string name)
    {
        var clean = new string([.. SafeText.Clean(name).Where(c => c is not ('\\' or '/' or '?' or '*' or '[' or ']' or ':'))]).Trim().Trim('\'');
        return clean.Length == 0 ? "Trang tính" : clean.Length > 31 ? clean[..31] : clean;
    }

    private sealed class RowWriter(OpenXmlWriter writer, IReadOnlyList<ExcelColumn> columns)
    {
        private readonly string[] _letters = [.. Enumerable.Range(1, columns.Count).Select(ColumnName)];
        private readonly Cell _cell = new();
        private readonly CellValue _value = new();
        private readonly Row _row = new();
        private readonly InlineString _inline = new();
        private readonly Text _text = new() { Space = SpaceProcessingModeValues.Preserve };

        // Reused for every cell: 10,000 rows of 60 columns would otherwise allocate 600,000 attribute lists.
        private readonly OpenXmlAttribute[] _number = new OpenXmlAttribute[2];
        private readonly OpenXmlAttribute[] _string = new OpenXmlAttribute[3];
        private readonly string[][] _styles = [.. Enumerable.Range(0, columns.Count).Select(i => new[]
        {
            StreamingStyles.Body(i, false).ToString(CultureInfo.InvariantCulture), StreamingStyles.Body(i, true).ToString(CultureInfo.InvariantCulture),
        })];

        public int WriteSheet(IReadOnlyList<string> titles, int header, IEnumerable<IReadOnlyList<object?>> rows)
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
            writer.WriteElement(new SheetViews(new SheetView(
                new Pane { VerticalSplit = header, TopLeftCell = $"A{header + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = $"A{header + 1}", SequenceOfReferences = new ListValue<StringValue> { InnerText = $"A{header + 1}" } })
            { TabSelected = true, WorkbookViewId = 0 }));
            writer.WriteStartElement(new Columns());
            for (var i = 0; i < columns.Count; i++)
            {
                writer.WriteElement(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = columns[i].EffectiveWidth, CustomWidth = true });
            }

            writer.WriteEndElement();
            writer.WriteStartElement(new SheetData());
            for (var t = 0; t < titles.Count; t++)
            {
                StartRow(t + 1, 21);
                Text(0, t + 1, titles[t], StreamingStyles.Title);
                writer.WriteEndElement();
            }

            StartRow(header, RowHeights.For(columns.Select(c => (c.Header, c.EffectiveWidth))));
            for (var i = 0; i < columns.Count; i++)
            {
                Text(i, header, columns[i].Header, StreamingStyles.Header);
            }

            writer.WriteEndElement();
            var row = header;
            foreach (var values in rows)
            {
                row++;
                if (values.Count > columns.Count)
                {
                    throw new ArgumentException($"Hàng {row} có {values.Count} ô, nhiều hơn {columns.Count} cột.", nameof(rows));
                }

                StartRow(row, null);
                for (var i = 0; i < values.Count; i++)
                {
                    Value(i, row, values[i]);
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement(); // sheetData
            writer.WriteElement(new AutoFilter { Reference = $"A{header}:{_letters[^1]}{row}" });
            if (titles.Count > 0)
            {
                writer.WriteElement(new MergeCells(titles.Select((_, t) => new MergeCell { Reference = $"A{t + 1}:{_letters[^1]}{t + 1}" })));
            }

            writer.WriteElement(new PageMargins { Left = 0.6, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
            writer.WriteElement(new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
            writer.WriteElement(new HeaderFooter(new OddFooter("&CTrang &P/&N")));
            writer.WriteEndElement(); // worksheet
            return row;
        }

        private void StartRow(int index, double? height)
        {
            var attributes = new List<OpenXmlAttribute> { new("r", "", index.ToString(CultureInfo.InvariantCulture)) };
            if (height is { } h)
            {
                attributes.Add(new OpenXmlAttribute("ht", "", h.ToString(CultureInfo.InvariantCulture)));
                attributes.Add(new OpenXmlAttribute("customHeight", "", "1"));
            }

            writer.WriteStartElement(_row, attributes);
        }

        private void Value(int column, int row, object? value)
        {
            switch (value)
            {
                case null:
                    return;
                case string text:
                    var clean = SafeText.Clean(text);
                    Text(column, row, clean, _styles[column][SafeText.LooksLikeFormula(clean) ? 1 : 0], cleaned: true);
                    return;
                case bool flag:
                    Text(column, row, flag ? "Có" : "Không", _styles[column][0]);
                    return;
                case DateOnly date:
                    Number(column, row, date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture));
                    return;
                case DateTimeOffset instant:
                    Number(column, row, VietnamTime.ToVietnam(instant).DateTime.ToOADate().ToString(CultureInfo.InvariantCulture));
                    return;
                case double d when !double.IsFinite(d):
                case float f when !float.IsFinite(f):
                    return; // Excel has no NaN or infinity: an empty cell is the honest "no value".
                case decimal m:
                    Number(column, row, m.ToString(CultureInfo.InvariantCulture));
                    return;
                case byte or sbyte or short or ushort or int or uint or long or ulong or float or double:
                    Number(column, row, Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));
                    return;
                default:
                    Text(column, row, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", _styles[column][0]);
                    return;
            }
        }

        private void Number(int column, int row, string invariant)
        {
            _number[0] = new OpenXmlAttribute("r", "", _letters[column] + row.ToString(CultureInfo.InvariantCulture));
            _number[1] = new OpenXmlAttribute("s", "", _styles[column][0]);
            writer.WriteStartElement(_cell, _number);
            _value.Text = invariant;
            writer.WriteElement(_value);
            writer.WriteEndElement();
        }

        private void Text(int column, int row, string text, uint style) =>
            Text(column, row, text, style.ToString(CultureInfo.InvariantCulture), cleaned: false);

        private void Text(int column, int row, string text, string style, bool cleaned = false)
        {
            _string[0] = new OpenXmlAttribute("r", "", _letters[column] + row.ToString(CultureInfo.InvariantCulture));
            _string[1] = new OpenXmlAttribute("s", "", style);
            _string[2] = new OpenXmlAttribute("t", "", "inlineStr");
            writer.WriteStartElement(_cell, _string);
            writer.WriteStartElement(_inline);
            _text.Text = cleaned ? text : SafeText.Clean(text);
            writer.WriteElement(_text);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
    }
}
