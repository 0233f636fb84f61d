using System.Collections.Generic;
using Newsroom.Generator.Extraction.Model;

namespace Newsroom.Generator.Extraction.Text;

/// <summary>
/// Maps offsets to 1-based line and column with the compiler's own line breaks (CR LF, CR, LF, NEL,
/// U+2028, U+2029), so a position we report is the one an editor shows for the article file.
/// </summary>
public sealed class LineIndex
{
    private readonly List<int> _lineStarts = new() { 0 };

    public LineIndex(string text)
    {
        // From break to break (a vectorised search) rather than character by character.
        for (var i = text.IndexOfAny(LineBreaks); i >= 0; i = text.IndexOfAny(LineBreaks, i + 1))
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            _lineStarts.Add(i + 1);
        }
    }

    /// <summary>The characters <see cref="IsLineBreak"/> accepts, for <see cref="string.IndexOfAny(char[])"/>.</summary>
    internal static readonly char[] LineBreaks = { '\n', '\r', '\u0085', '\u2028', '\u2029' };

    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    public LinePosition PositionOf(int offset)
    {
        var lo = 0;
        var hi = _lineStarts.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (_lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
        }
        return new LinePosition(lo + 1, offset - _lineStarts[lo] + 1);
    }
}
