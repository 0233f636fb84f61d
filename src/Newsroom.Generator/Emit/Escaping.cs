using System.Globalization;
using System.Text;

namespace Newsroom.Generator.Emit;

/// <summary>Makes user text safe for the place it lands in generated C#.</summary>
internal static class Escaping
{
    /// <summary>
    /// A regular C# string literal (with quotes). Everything that could end the literal or the line, or hide in an
    /// editor (controls, format characters such as bidi overrides, line and paragraph separators, lone
    /// surrogates), is written as an escape; a lone surrogate becomes U+FFFD so that a UTF-8 literal stays legal.
    /// </summary>
    public static string Literal(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        AppendLiteral(sb, value);
        return sb.ToString();
    }

    /// <summary><see cref="Literal"/>, written at the end of <paramref name="sb"/> (no string of its own: the data of a
    /// catalog of thousands of articles is megabytes long).</summary>
    public static void AppendLiteral(StringBuilder sb, string value)
    {
        sb.Append('"');
        // Characters that need no escape are copied a run at a time (most of a text is one long run).
        var run = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is not ('"' or '\\' or '\n' or '\r' or '\t' or '\0') && !char.IsSurrogate(c) && !NeedsEscape(c)) continue;
            sb.Append(value, run, i - run);
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\0': sb.Append("\\0"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        sb.Append("\\U").Append(char.ConvertToUtf32(c, value[i + 1]).ToString("X8", CultureInfo.InvariantCulture));
                        i++;
                    }
                    else if (char.IsSurrogate(c))
                    {
                        sb.Append("\\uFFFD");
                    }
                    else
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    break;
            }
            run = i + 1;
        }
        sb.Append(value, run, value.Length - run);
        sb.Append('"');
    }

    /// <summary>
    /// Text for an XML doc comment: one line, XML-escaped, with controls, separators and invisible format
    /// characters dropped, and cut to <paramref name="max"/> characters with an ellipsis.
    /// </summary>
    public static string Doc(string? value, int max = 400)
    {
        if (value is null) return string.Empty;
        var sb = t_doc ??= new StringBuilder();
        sb.Clear();
        AppendDoc(sb, value, 0, value.Length, max);
        var doc = sb.ToString();
        if (sb.Capacity > 8192) t_doc = null;
        return doc;
    }

    [System.ThreadStatic] private static StringBuilder? t_doc;

    /// <summary>
    /// <see cref="Doc"/> of the characters <paramref name="start"/> to <paramref name="end"/> of <paramref name="value"/>,
    /// written at the end of <paramref name="sb"/> (what is there already does not count towards <paramref name="max"/>).
    /// </summary>
    public static void AppendDoc(StringBuilder sb, string value, int start, int end, int max) =>
        AppendOneLine(sb, value, start, end, max, xml: true);

    /// <summary>
    /// Text for a <c>//</c> comment: as <see cref="AppendDoc"/> (one line, whitespace runs as one space, controls,
    /// separators and invisible format characters such as bidi overrides dropped, so nothing can end the comment or
    /// make the code read otherwise than it compiles), but not XML-escaped.
    /// </summary>
    public static void AppendComment(StringBuilder sb, string value, int start, int end, int max) =>
        AppendOneLine(sb, value, start, end, max, xml: false);

    private static void AppendOneLine(StringBuilder sb, string value, int start, int end, int max, bool xml)
    {
        var from = sb.Length;
        var space = false;
        var surrogates = false;
        for (var i = start; i < end; i++)
        {
            var c = value[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c) || NeedsEscape(c))
            {
                if (!space && sb.Length > from && (char.IsWhiteSpace(c) || char.IsControl(c))) { sb.Append(' '); space = true; }
                continue;
            }
            if (sb.Length - from >= max)
            {
                sb.Append('…');
                break;
            }
            space = false;
            if (!xml)
            {
                surrogates |= char.IsSurrogate(c);
                sb.Append(c);
                continue;
            }
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                default:
                    surrogates |= char.IsSurrogate(c);
                    sb.Append(c); // lone surrogates are dropped below
                    break;
            }
        }
        while (sb.Length > from && char.IsWhiteSpace(sb[sb.Length - 1])) sb.Length--;
        if (surrogates) DropLoneSurrogates(sb, from);
    }

    /// <summary>The text with each lone surrogate replaced by U+FFFD (same length, so offsets stay), as <see cref="Literal"/> writes it.</summary>
    public static string WithoutLoneSurrogates(string s)
    {
        char[]? chars = null;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
                continue;
            }
            if (char.IsSurrogate(c)) (chars ??= s.ToCharArray())[i] = '\uFFFD';
        }
        return chars is null ? s : new string(chars);
    }

    /// <summary>Drops each lone surrogate from <paramref name="sb"/> at or after <paramref name="from"/>, in place.</summary>
    private static void DropLoneSurrogates(StringBuilder sb, int from)
    {
        var to = from;
        for (var i = from; i < sb.Length; i++)
        {
            var c = sb[i];
            if (char.IsHighSurrogate(c) && i + 1 < sb.Length && char.IsLowSurrogate(sb[i + 1]))
            {
                sb[to++] = c;
                sb[to++] = sb[i + 1];
                i++;
            }
            else if (!char.IsSurrogate(c))
            {
                sb[to++] = c;
            }
        }
        sb.Length = to;
    }

    private static bool NeedsEscape(char c)
    {
        if (c < 0x20 || c == 0x7F) return true;
        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
            || c == '\u0085';
    }
}
