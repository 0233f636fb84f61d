using System.IO;
using Newsroom.Generator.Pipeline;

namespace Newsroom.Cli.Inspection;

/// <summary>
/// Reads an article file from disk into the generator's <see cref="ArticleFile"/>, decoding its bytes as the C# compiler
/// on this machine decodes an AdditionalFile (<see cref="ArticleDecoding"/>), so that the text, offsets, lines, columns
/// and the checks on the text match a build.
/// </summary>
internal static class ArticleFileReader
{
    /// <summary>
    /// Reads <paramref name="path"/>. Throws <see cref="IOException"/> (including <see cref="FileNotFoundException"/>)
    /// or <see cref="System.UnauthorizedAccessException"/> when the file cannot be read at all; everything about its
    /// content becomes a status and, later, a diagnostic.
    /// </summary>
    /// <param name="maxLength">The size limit in UTF-16 code units (<c>NewsroomMaxArticleSize</c>); <see cref="int.MaxValue"/> for none.</param>
    public static ArticleFile Read(string path, int maxLength)
    {
        if (Directory.Exists(path)) throw new IOException("it is a folder, not a file");
        if (!File.Exists(path)) throw new FileNotFoundException("no such file", path);
        var text = ArticleDecoding.Decode(File.ReadAllBytes(path));
        if (text is null) return new ArticleFile(path, null, ReadStatus.NoText, 0, 0);
        if (text.Length > maxLength) return new ArticleFile(path, null, ReadStatus.TooLarge, text.Length, maxLength);
        return new ArticleFile(path, text, ReadStatus.Read, 0, 0);
    }
}
