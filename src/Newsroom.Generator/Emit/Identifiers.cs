using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Newsroom.Generator.Emit;

/// <summary>Turns user text into readable, legal, collision-free C# identifiers.</summary>
internal static class Identifiers
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>
    /// PascalCase of the first words of <paramref name="text"/> (letters and digits only, any script), at most
    /// <paramref name="maxWords"/> words and about <paramref name="maxLength"/> characters; empty when nothing usable.
    /// </summary>
    public static string Pascal(string text, int maxWords = 6, int maxLength = 48) => Pascal(text, 0, text.Length, maxWords, maxLength);

    /// <summary><see cref="Pascal(string, int, int)"/> of the characters <paramref name="start"/> to <paramref name="end"/>
    /// of <paramref name="text"/>, as if they were the whole text.</summary>
    public static string Pascal(string text, int start, int end, int maxWords, int maxLength)
    {
        var sb = t_name ??= new StringBuilder();
        sb.Clear();
        var words = 0;
        var i = start;
        while (i < end && words < maxWords)
        {
            while (i < end && !IsPart(text, i)) i++;
            if (i >= end) break;
            var from = sb.Length;
            while (i < end && (IsPart(text, i) || IsInnerJoiner(text, i, start, end)))
            {
                if (IsPart(text, i)) sb.Append(text[i]);
                i++;
            }
            var length = sb.Length - from;
            if (length == 0) continue;
            // The word with its first letter upper case, and the rest lower case when it was all capitals (NASA → Nasa).
            var lower = length > 3 && IsAllUpper(sb, from);
            sb[from] = char.ToUpperInvariant(sb[from]);
            if (lower)
            {
                for (var k = from + 1; k < sb.Length; k++) sb[k] = char.ToLowerInvariant(sb[k]);
            }
            if (from > 0 && sb.Length > maxLength)
            {
                sb.Length = from;
                break;
            }
            words++;
        }
        var result = sb.ToString();
        if (sb.Capacity > 8192) t_name = null;   // a long first word: not kept for the life of a compiler server
        if (result.Length > maxLength + 16) result = result.Substring(0, maxLength + 16);
        if (result.Length > 0 && !IsStart(result, 0)) result = "_" + result;
        if (Keywords.Contains(result)) result = "@" + result;
        return result;
    }

    [ThreadStatic] private static StringBuilder? t_name;

    /// <summary>A name that is not yet in <paramref name="taken"/>: <c>Name</c>, else <c>Name2</c>, <c>Name3</c>…</summary>
    public static string Unique(string name, HashSet<string> taken)
    {
        if (taken.Add(name)) return name;
        for (var n = 2; ; n++)
        {
            var candidate = name + n.ToString(CultureInfo.InvariantCulture);
            if (taken.Add(candidate)) return candidate;
        }
    }

    /// <summary>
    /// Whether <paramref name="value"/> is a namespace the generated code can use as it is: identifiers joined by dots,
    /// each starting with a letter or '_', no keyword, nothing that needs an escape.
    /// </summary>
    public static bool IsNamespace(string value)
    {
        if (value.Length == 0 || value.Length > 512) return false;
        foreach (var part in value.Split('.'))
        {
            if (part.Length == 0 || !IsStart(part, 0) || Keywords.Contains(part) || part == "global") return false;
            for (var i = 1; i < part.Length; i++)
            {
                if (part[i] != '_' && !IsPart(part, i)) return false;
            }
        }
        return true;
    }

    private static bool IsAllUpper(StringBuilder sb, int from)
    {
        for (var i = from; i < sb.Length; i++)
        {
            var c = sb[i];
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        }
        return true;
    }

    // Apostrophes and hyphens inside a word join it: O’Brien → OBrien, Ing-wen → Ingwen.
    private static bool IsInnerJoiner(string s, int i, int start, int end) =>
        s[i] is '\'' or '’' or '-' or '\u2011' && i + 1 < end && IsPart(s, i + 1) && i > start && IsPart(s, i - 1);

    private static bool IsStart(string s, int i)
    {
        var cat = Category(s, i);
        return cat is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber || s[i] == '_';
    }

    /// <summary>Letters, digits and combining marks are identifier parts; format characters (bidi, zero width) are not kept.</summary>
    private static bool IsPart(string s, int i)
    {
        if (s[i] == '_') return false;
        var cat = Category(s, i);
        return cat is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    // Characters outside the Basic Multilingual Plane are left out: the compiler does not take them in names.
    private static UnicodeCategory Category(string s, int i) => CharUnicodeInfo.GetUnicodeCategory(s[i]);
}
