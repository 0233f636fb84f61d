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
        return sb.ToString();
    }

    /// <summary>
    /// Text for an XML doc comment: one line, XML-escaped, with controls, separators and invisible format
    /// characters dropped, and cut to <paramref name="max"/> characters with an ellipsis.
    /// </summary>
    public static string Doc(string? value, int max = 400)
    {
        if (value is null) return string.Empty;
        var sb = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || NeedsEscape(c))
            {
                if (!space && sb.Length > 0 && (char.IsWhiteSpace(c) || char.IsControl(c))) { sb.Append(' '); space = true; }
                continue;
            }
            if (sb.Length >= max)
            {
                sb.Append('…');
                break;
            }
            space = false;
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                default:
                    sb.Append(c); // lone surrogates are dropped below
                    break;
            }
        }
        return DropLoneSurrogates(sb.ToString().TrimEnd());
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

    private static string DropLoneSurrogates(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                sb.Append(c).Append(s[i + 1]);
                i++;
            }
            else if (!char.IsSurrogate(c))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
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
