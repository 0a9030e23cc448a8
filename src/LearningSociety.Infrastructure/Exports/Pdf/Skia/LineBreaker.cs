using System.Globalization;
using System.Text;

namespace LearningSociety.Infrastructure.Exports.Pdf.Skia;

/// <summary>
/// Greedy line breaking: words break at spaces, a line feed ends a line, and a word wider than
/// a whole line is cut between characters (grapheme clusters, so a letter never loses its
/// accent). Text is normalised to NFC first, because NFD input (copied from some PDFs) would
/// otherwise be measured and drawn as base letters plus loose combining marks.
/// </summary>
internal sealed class LineBreaker(FontCache fonts)
{
    private const float Tolerance = 0.01f;

    public List<TextLine> Break(IEnumerable<StyledText> runs, float width, float firstLineIndent)
    {
        var state = new State(fonts, width, firstLineIndent);
        foreach (var run in runs)
        {
            foreach (var c in run.Text.Normalize(NormalizationForm.FormC))
            {
                if (c == '\n')
                {
                    state.FlushWord();
                    state.EndLine(endsParagraph: true);
                }
                else if (c is ' ' or '\t' or '\r' or '\u2028')
                {
                    state.FlushWord();
                    state.NoteSpace(run.Style);
                }
                else
                {
                    state.Append(c, run.Style);
                }
            }
        }

        state.FlushWord();
        state.EndLine(endsParagraph: true);
        return state.Lines;
    }

    private sealed class State(FontCache fonts, float width, float firstLineIndent)
    {
        private readonly List<StyledText> _word = [];
        private readonly StringBuilder _piece = new();
        private TextStyle _pieceStyle;
        private TextStyle? _space;
        private TextLine _line = new(firstLineIndent, width - firstLineIndent);

        public List<TextLine> Lines { get; } = [];

        public void Append(char c, TextStyle style)
        {
            if (_piece.Length > 0 && style != _pieceStyle)
            {
                FlushPiece();
            }

            _pieceStyle = style;
            _piece.Append(c);
        }

        public void NoteSpace(TextStyle style)
        {
            if (_line.Words.Count > 0)
            {
                _space ??= style;
            }
        }

        public void EndLine(bool endsParagraph)
        {
            _line.EndsParagraph = endsParagraph;
            Lines.Add(_line);
            _line = new TextLine(0, width);
            _space = null;
        }

        public void FlushWord()
        {
            FlushPiece();
            if (_word.Count == 0)
            {
                return;
            }

            Place([.. _word]);
            _word.Clear();
            _space = null;
        }

        private void FlushPiece()
        {
            if (_piece.Length > 0)
            {
                _word.Add(new StyledText(_piece.ToString(), _pieceStyle));
                _piece.Clear();
            }
        }

        private void Place(List<StyledText> pieces)
        {
            var widths = pieces.Select(p => fonts.Measure(p.Text, p.Style)).ToList();
            var wordWidth = widths.Sum();
            var gap = _line.Words.Count > 0 && _space is { } s ? fonts.Measure(" ", s) : 0;
            if (_line.Width + gap + wordWidth <= _line.Available + Tolerance)
            {
                _line.Add(new TextWord(pieces, widths, wordWidth, gap));
                return;
            }

            if (_line.Words.Count > 0)
            {
                EndLine(endsParagraph: false);
            }

            if (wordWidth <= _line.Available + Tolerance)
            {
                _line.Add(new TextWord(pieces, widths, wordWidth, 0));
                return;
            }

            PlaceByCharacters(pieces);
        }

        /// <summary>Cuts an over-long word (a URL, a long code) into line-sized parts.</summary>
        private void PlaceByCharacters(List<StyledText> pieces)
        {
            var parts = new List<StyledText>();
            var partWidths = new List<float>();
            var used = 0f;
            foreach (var piece in pieces)
            {
                var elements = StringInfo.GetTextElementEnumerator(piece.Text);
                while (elements.MoveNext())
                {
                    var element = (string)elements.Current;
                    var w = fonts.Measure(element, piece.Style);
                    if (used > 0 && used + w > _line.Available + Tolerance)
                    {
                        _line.Add(new TextWord([.. parts], [.. partWidths], used, 0));
                        EndLine(endsParagraph: false);
                        parts.Clear();
                        partWidths.Clear();
                        used = 0;
                    }

                    if (parts.Count > 0 && parts[^1].Style == piece.Style)
                    {
                        parts[^1] = parts[^1] with { Text = parts[^1].Text + element };
                        partWidths[^1] += w;
                    }
                    else
                    {
                        parts.Add(new StyledText(element, piece.Style));
                        partWidths.Add(w);
                    }

                    used += w;
                }
            }

            _line.Add(new TextWord([.. parts], [.. partWidths], used, 0));
        }
    }
}
