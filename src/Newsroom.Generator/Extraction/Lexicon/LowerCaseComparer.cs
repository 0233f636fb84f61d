using System.Collections.Generic;

namespace Newsroom.Generator.Extraction.Lexicon;

/// <summary>
/// Compares a word with lower-case keys as if the word had been lower-cased first (<c>"Said"</c> finds
/// <c>"said"</c>), one character at a time, so a look-up makes no lower-case copy. Only for tables whose keys are
/// all lower case already (<see cref="char.ToLowerInvariant"/> leaves them as they are).
/// </summary>
internal sealed class LowerCaseComparer : IEqualityComparer<string>
{
    public static readonly LowerCaseComparer Instance = new();

    public bool Equals(string? x, string? y)
    {
        if (ReferenceEquals(x, y)) return true;
        if (x is null || y is null || x.Length != y.Length) return false;
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] != y[i] && char.ToLowerInvariant(x[i]) != char.ToLowerInvariant(y[i])) return false;
        }
        return true;
    }

    public int GetHashCode(string s)
    {
        unchecked
        {
            var h = (int)2166136261;
            foreach (var c in s) h = (h ^ char.ToLowerInvariant(c)) * 16777619;
            return h;
        }
    }
}
