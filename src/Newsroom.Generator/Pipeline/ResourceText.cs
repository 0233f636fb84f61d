using System;

namespace Newsroom.Generator.Pipeline;

/// <summary>
/// When an article's text is read at run time from the manifest resource the package's targets embed (the file's bytes
/// as they are), instead of being written into the generated code. The compiler copies a resource's bytes; a literal
/// of the same text it has to parse, bind and emit byte by byte, which is most of what a build of many articles would
/// otherwise cost. The generated code checks what it reads against the text's length and <see cref="Hash"/>, so an
/// article cannot silently come back different from the one that was extracted.
/// </summary>
internal static class ResourceText
{
    /// <summary>What the targets put before the item's path (<c>Newsroom/Articles/summit.txt</c>).</summary>
    public const string Prefix = "Newsroom/";

    /// <summary>
    /// The resource name <paramref name="metadata"/> gives, when it names the file at <paramref name="path"/>: the
    /// prefix, then a path the file's own path ends with (either slash). Anything else is null, and the text is then
    /// written into the generated code: a value cut short on its way to the compiler (an <c>.editorconfig</c> value
    /// ends at <c>#</c> or <c>;</c>), an item given as <c>../elsewhere/x.txt</c>, or metadata set by hand.
    /// </summary>
    public static string? NameFor(string path, string? metadata)
    {
        if (metadata is null || metadata.Length <= Prefix.Length || !metadata.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var item = Slashes(metadata.Substring(Prefix.Length));
        var file = Slashes(path);
        if (item.StartsWith("/", StringComparison.Ordinal) ? file == item : file == item || file.EndsWith("/" + item, StringComparison.Ordinal)) return metadata;
        return null;
    }

    /// <summary>
    /// Whether the file's bytes decode back to exactly <paramref name="text"/>: the compiler read the file as UTF-8
    /// (<paramref name="codePage"/> 65001, BOM or not), and no byte was replaced on the way (U+FFFD), so the runtime's
    /// UTF-8 decoder gives the same characters. An empty text has nothing to read.
    /// </summary>
    public static bool CanCarry(string text, int? codePage) =>
        codePage == 65001 && text.Length > 0 && text.IndexOf('\uFFFD') < 0;

    /// <summary>FNV-1a over the UTF-16 code units: the generated code computes the same over the text it reads.</summary>
    public static int Hash(string text)
    {
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in text) hash = (hash ^ c) * 16777619u;
            return (int)hash;
        }
    }

    private static string Slashes(string path) => path.Replace('\\', '/');
}
