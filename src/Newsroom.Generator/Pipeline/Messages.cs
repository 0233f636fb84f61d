using System.Globalization;
using System.Text;

namespace Newsroom.Generator.Pipeline;

/// <summary>User text made safe for a diagnostic message: one line, no invisible or direction-changing characters.</summary>
internal static class Messages
{
    /// <summary>
    /// <paramref name="value"/> on one line: white space and controls become one space; format characters (bidi
    /// overrides, zero-width), line separators and lone surrogates are dropped; cut at <paramref name="max"/>
    /// characters with an ellipsis, never inside a surrogate pair.
    /// </summary>
    public static string Excerpt(string value, int max)
    {
        var sb = new StringBuilder(System.Math.Min(value.Length, max + 1));
        var space = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                if (sb.Length + 2 > max) return sb.Append('…').ToString();
                sb.Append(c).Append(value[i + 1]);
                i++;
                space = false;
                continue;
            }
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (!space && sb.Length > 0) sb.Append(' ');
                space = true;
                continue;
            }
            var cat = CharUnicodeInfo.GetUnicodeCategory(c);
            if (char.IsSurrogate(c) || cat is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }
            if (sb.Length + 1 > max) return sb.ToString().TrimEnd() + "…";
            sb.Append(c);
            space = false;
        }
        return sb.ToString().TrimEnd();
    }

    /// <summary>The file name of <paramref name="path"/> (after the last / or \). Never throws, whatever the characters.</summary>
    public static string FileName(string path)
    {
        var slash = System.Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash >= 0 ? path.Substring(slash + 1) : path;
    }

    public static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
