using System.Linq;

namespace Newsroom.Generator.Emit;

/// <summary>
/// Members that would be thousands go to a few dozen files: actors and speakers by first letter
/// (<c>Newsroom.Actors.A.g.cs</c>, <c>Newsroom.Quotes.A.g.cs</c>…), articles by a hash of their names
/// (<c>Newsroom.Articles.07.g.cs</c>). Each file is cached by value, so an edit re-emits the
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

    /// <summary>Files of article members: enough that an edit re-emits little, few enough that the class stays cheap to compile.</summary>
    public const int ArticleFiles = 32;

    /// <summary>
    /// The file of an article's member: a hash of its name, so that articles spread evenly over the files whatever
    /// their headlines (thousands of them may start alike: "Update:", "Edition 3:"); <c>00</c> to <c>31</c>. The name
    /// is the same on every machine, and so is the file.
    /// </summary>
    public static string BucketOf(string member)
    {
        var h = 2166136261u; // FNV-1a over the UTF-16 code units
        foreach (var c in member) h = unchecked((h ^ c) * 16777619u);
        return (h % ArticleFiles).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The keys of the files by first letter, all of them, in order: the pipeline hands over every file, empty or not,
    /// at its own place, so that a file that comes or goes (the first speaker under a letter) never moves the others
    /// (a step's outputs are compared place by place); an empty file is not added.
    /// </summary>
    public static readonly string[] Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ_".Select(c => c.ToString()).ToArray();

    /// <summary>The keys of the files of article members, all of them, in order (as <see cref="Letters"/>).</summary>
    public static readonly string[] Buckets = Enumerable.Range(0, ArticleFiles).Select(b => b.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    /// <summary>The hint name of the file <paramref name="key"/> of <paramref name="kind"/>: <c>Newsroom.Actors.A.g.cs</c>.</summary>
    public static string HintName(string kind, string key) => "Newsroom." + kind + "." + key + ".g.cs";
}
