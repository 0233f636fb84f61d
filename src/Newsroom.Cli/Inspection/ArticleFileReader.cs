using System.IO;
using System.Text;
using Newsroom.Generator.Pipeline;

namespace Newsroom.Cli.Inspection;

/// <summary>
/// Reads an article file from disk into the generator's <see cref="ArticleFile"/>, decoding its bytes as the C# compiler
/// decodes an AdditionalFile, so that offsets, lines, columns and the checks on the text match a build.
/// </summary>
internal static class ArticleFileReader
{
    /// <summary>UTF-8 that refuses invalid bytes: the compiler's first try for a file without a byte order mark.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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
        var text = Decode(File.ReadAllBytes(path));
        if (text is null) return new ArticleFile(path, null, ReadStatus.NoText, 0, 0);
        if (text.Length > maxLength) return new ArticleFile(path, null, ReadStatus.TooLarge, text.Length, maxLength);
        return new ArticleFile(path, text, ReadStatus.Read, 0, 0);
    }

    /// <summary>
    /// The text the compiler would give the generator, or null where the compiler gives none (its CS2015, "a binary
    /// file"). The compiler honours a UTF-8 or UTF-16 byte order mark (bad bytes become U+FFFD); without one it tries
    /// strict UTF-8, and when that fails falls back to Windows-1252 and calls the file binary if it has two NULs in a row.
    /// </summary>
    internal static string? Decode(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3);
        }
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: the compiler's fallback below.
        }
        var text = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(bytes);
        return text.Contains("\0\0", System.StringComparison.Ordinal) ? null : text;
    }
}
