namespace Newsroom.Generator.Emit;

/// <summary>
/// Members that would be thousands go to files by first letter: <c>Newsroom.Articles.A.g.cs</c>,
/// <c>Newsroom.Actors.A.g.cs</c>, <c>Newsroom.Quotes.A.g.cs</c>… Each file is cached by value, so an edit re-emits the
/// files whose members it changes; and each class is declared in a few dozen files, not in one per article (the
/// compiler and the analyzer driver do work for each declaration of a type times its number of declarations).
/// </summary>
internal static class Shard
{
    /// <summary>The file of a member: its first letter, upper-cased (<c>A</c> to <c>Z</c>); any other first character, <c>_</c>.</summary>
    public static string KeyOf(string member)
    {
        var name = member.TrimStart('@');
        var c = name.Length > 0 ? name[0] : '_';
        return c is >= 'A' and <= 'Z' ? c.ToString() : c is >= 'a' and <= 'z' ? char.ToUpperInvariant(c).ToString() : "_";
    }

    /// <summary>The hint name of the file <paramref name="key"/> of <paramref name="kind"/>: <c>Newsroom.Articles.A.g.cs</c>.</summary>
    public static string HintName(string kind, string key) => "Newsroom." + kind + "." + key + ".g.cs";
}
