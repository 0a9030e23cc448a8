using System.Globalization;
using SkiaSharp;

namespace LearningSociety.Infrastructure.Exports.Pdf.Skia;

/// <summary>
/// Ruled tables that continue across pages: the header rows are drawn again at the top of each
/// new page, a body row that does not fit moves to the next page whole, and only a row taller
/// than a whole page is split line by line.
/// </summary>
internal sealed class TableLayout
{
    private const float PadX = 3;
    private const float PadY = 2;

    private readonly LayoutContext _ctx;
    private readonly PdfTable _table;
    private readonly float[] _x;
    private readonly float[] _width;
    private readonly List<TableRow> _header;
    private readonly float _headerHeight;
    private bool _bodyOnPage;

    private TableLayout(LayoutContext ctx, PdfTable table)
    {
        _ctx = ctx;
        _table = table;
        var total = table.Columns.Sum(c => Math.Max(c.RelativeWidth, 0.01f));
        _width = [.. table.Columns.Select(c => ctx.Page.Width * Math.Max(c.RelativeWidth, 0.01f) / total)];
        _x = new float[_width.Length];
        for (var i = 1; i < _x.Length; i++)
        {
            _x[i] = _x[i - 1] + _width[i - 1];
        }

        var bold = new TextStyle(table.FontSize, Bold: true);
        _header = [.. new[] { table.Columns.Select(c => c.Header).ToList() }
            .Concat(table.ExtraHeaderRows)
            .Select((cells, i) => Row(cells, bold, center: true, $"tiêu đề {i + 1}"))];
        _headerHeight = _header.Sum(RowHeight);
    }

    public static void Render(LayoutContext ctx, PdfTable table)
    {
        if (table.Columns.Count > 0)
        {
            new TableLayout(ctx, table).Render();
        }
    }

    private void Render()
    {
        var regular = new TextStyle(_table.FontSize);
        var first = _table.Rows.Count > 0 ? Row(_table.Rows[0], regular, center: false, "1") : EmptyRow();
        // Start on a new page unless the header and the first row fit here (just its first line
        // when the row is taller than a page and must be split anyway).
        var firstHeight = RowHeight(first);
        if (firstHeight > _ctx.Page.Bottom - _ctx.Page.Top - _headerHeight)
        {
            firstHeight = _ctx.Fonts.LineHeight(regular) + (2 * PadY);
        }

        if (!_ctx.Page.AtTop && !_ctx.Page.Fits(_headerHeight + firstHeight))
        {
            _ctx.Page.NewPage();
        }

        DrawHeader();
        DrawBodyRow(first);
        for (var i = 1; i < _table.Rows.Count; i++)
        {
            DrawBodyRow(Row(_table.Rows[i], regular, center: false, (i + 1).ToString(CultureInfo.InvariantCulture)));
        }

        if (_table.TotalRow is { } totals)
        {
            DrawBodyRow(Row(totals, regular with { Bold = true }, center: false, "tổng cộng"));
        }

        _ctx.Page.Y += _table.SpaceAfterPt;
    }

    private void DrawHeader()
    {
        foreach (var row in _header)
        {
            var height = RowHeight(row);
            DrawSegment(row, new int[row.Cells.Count], [.. row.Cells.Select(c => c.Lines.Count)], height);
            _ctx.Page.Y += height;
        }

        _bodyOnPage = false;
    }

    private void DrawBodyRow(TableRow row)
    {
        var page = _ctx.Page;
        var from = new int[row.Cells.Count];
        while (true)
        {
            var needed = HeightFrom(row, from);
            if (page.Fits(needed))
            {
                DrawSegment(row, from, [.. row.Cells.Select(c => c.Lines.Count)], needed);
                page.Y += needed;
                _bodyOnPage = true;
                return;
            }

            if (_bodyOnPage && needed <= page.Bottom - page.Top - _headerHeight)
            {
                ContinueOnNextPage();
                continue;
            }

            var room = page.Remaining - (2 * PadY);
            var to = row.Cells.Select((c, i) => LinesThatFit(c, from[i], room)).ToArray();
            if (to.SequenceEqual(from))
            {
                if (_bodyOnPage)
                {
                    ContinueOnNextPage();
                    continue;
                }

                // Not even one line fits on a page of its own: draw one anyway rather than loop.
                to = [.. row.Cells.Select((c, i) => Math.Min(from[i] + 1, c.Lines.Count))];
            }

            var height = row.Cells.Select((c, i) => c.HeightOf(from[i], to[i])).Max() + (2 * PadY);
            DrawSegment(row, from, to, height);
            page.Y += height;
            from = to;
            ContinueOnNextPage();
        }
    }

    private void ContinueOnNextPage()
    {
        _ctx.Page.NewPage();
        DrawHeader();
    }

    private static int LinesThatFit(TableCell cell, int from, float room)
    {
        var to = from;
        var used = 0f;
        while (to < cell.Lines.Count && used + cell.Metrics[to].Height <= room)
        {
            used += cell.Metrics[to].Height;
            to++;
        }

        return to;
    }

    private static float HeightFrom(TableRow row, int[] from) =>
        row.Cells.Select((c, i) => c.HeightOf(from[i], c.Lines.Count)).Max() + (2 * PadY);

    private static float RowHeight(TableRow row) => HeightFrom(row, new int[row.Cells.Count]);

    private void DrawSegment(TableRow row, int[] from, int[] to, float height)
    {
        var page = _ctx.Page;
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var cell = row.Cells[i];
            var left = page.Left + cell.X;
            _ctx.Painter.Box(page.Canvas, new SKRect(left, page.Y, left + cell.Width, page.Y + height));
            var y = page.Y + PadY;
            if (row.CenterVertically)
            {
                y += (height - (2 * PadY) - cell.HeightOf(from[i], to[i])) / 2;
            }

            for (var l = from[i]; l < to[i]; l++)
            {
                _ctx.Painter.Draw(page.Canvas, cell.Lines[l], left + PadX, y, cell.Metrics[l].Ascent, cell.Alignment);
                y += cell.Metrics[l].Height;
            }
        }
    }

    private TableRow Row(IReadOnlyList<string> texts, TextStyle style, bool center, string rowName)
    {
        if (texts.Count > _width.Length)
        {
            throw new ArgumentException(
                $"Hàng {rowName} của bảng có {texts.Count} ô, nhiều hơn {_width.Length} cột.", nameof(texts));
        }

        var cells = new List<TableCell>(_width.Length);
        for (var i = 0; i < _width.Length; i++)
        {
            var alignment = center ? PdfAlignment.Center : _table.Columns[i].Alignment;
            cells.Add(Cell(i < texts.Count ? texts[i] ?? string.Empty : string.Empty, style, _x[i], _width[i], alignment));
        }

        return new TableRow(cells, center);
    }

    /// <summary>One cell across the whole table, so an empty report says so instead of showing a bare header.</summary>
    private TableRow EmptyRow()
    {
        var style = new TextStyle(_table.FontSize, Italic: true);
        return new TableRow([Cell(_table.EmptyText, style, 0, _width.Sum(), PdfAlignment.Center)], CenterVertically: true);
    }

    private TableCell Cell(string text, TextStyle style, float x, float width, PdfAlignment alignment)
    {
        var lines = _ctx.Break(text, style, Math.Max(width - (2 * PadX), 1));
        return new TableCell(x, width, lines, [.. lines.Select(l => _ctx.Painter.Measure(l, style, 1))], alignment);
    }
}
