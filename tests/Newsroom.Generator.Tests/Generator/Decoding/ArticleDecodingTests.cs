using System;
using System.Linq;
using System.Reflection;
using System.Text;
using CsCheck;
using Microsoft.CodeAnalysis.Text;
using Newsroom.Generator.Pipeline;
using Newsroom.Generator.Tests.Generator.Robustness;
using Newsroom.Generator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Newsroom.Generator.Tests.Generator.Decoding;

/// <summary>
/// <see cref="ArticleDecoding"/>, the Roslyn-free decoder the <c>newsroom</c> command reads files with, gives exactly
/// the text of the compiler's own decoder (Roslyn's <c>EncodedStringText</c>, which
/// <see cref="InMemoryAdditionalText.Decode"/> calls), or no text where it gives none: for every kind of file, with
/// this machine's fallback and with the others csc may have (UTF-8 on Linux and macOS, an ANSI code page on Windows).
/// </summary>
public sealed class ArticleDecodingTests(ITestOutputHelper output)
{
    /// <summary>The fallbacks csc has: .NET's default UTF-8 (Linux, macOS), Windows-1252, and Latin-1 (its last resort).</summary>
    private static readonly Encoding[] Fallbacks = [Encoding.Default, EncodedFiles.Windows1252, Encoding.Latin1];

    private static string? Roslyn(byte[] bytes, Encoding? fallback = null) => InMemoryAdditionalText.Decode(bytes, fallback)?.ToString();

    [Theory]
    [MemberData(nameof(EncodedFiles.Names), MemberType = typeof(EncodedFiles))]
    public void Each_file_is_decoded_as_the_compiler_decodes_it(string name)
    {
        var bytes = EncodedFiles.All[name];
        Assert.Equal(Roslyn(bytes), ArticleDecoding.Decode(bytes));
        foreach (var fallback in Fallbacks) Assert.Equal(Roslyn(bytes, fallback), ArticleDecoding.Decode(bytes, fallback));
    }

    [Fact]
    public void The_fallback_is_the_compilers_on_this_machine()
    {
        var roslyn = (Encoding)typeof(SourceText).Assembly.GetType("Microsoft.CodeAnalysis.Text.EncodedStringText", throwOnError: true)!
            .GetMethod("CreateFallbackEncoding", BindingFlags.Static | BindingFlags.NonPublic)!.Invoke(null, null)!;
        var ours = ArticleDecoding.CompilerFallback;
        Assert.Equal(roslyn.CodePage, ours.CodePage);
        Assert.Equal(roslyn.GetType(), ours.GetType());
        Assert.Equal(roslyn.DecoderFallback.GetType(), ours.DecoderFallback.GetType());
        // Where the system has no ANSI code page (Linux, macOS), code page 0 is .NET's default: UTF-8 with U+FFFD.
        if (!OperatingSystem.IsWindows()) Assert.Same(Encoding.Default, ours);
    }

    /// <summary>What the compiler does, spelled out (each line is also checked against Roslyn above).</summary>
    [Fact]
    public void What_the_compiler_does_with_each_kind_of_file()
    {
        var files = EncodedFiles.All;
        var utf8 = Encoding.Default;
        const string article = EncodedFiles.Article;

        // Strict UTF-8, or the encoding a byte order mark names (UTF-8, UTF-16 LE, UTF-16 BE), the mark left out.
        Assert.Equal(article, ArticleDecoding.Decode(files["utf-8"], utf8));
        Assert.Equal(article, ArticleDecoding.Decode(files["utf-8, byte order mark"], utf8));
        Assert.Equal(article, ArticleDecoding.Decode(files["utf-16 LE, byte order mark"], utf8));
        Assert.Equal(article, ArticleDecoding.Decode(files["utf-16 BE, byte order mark"], utf8));
        // Under a mark, a bad byte becomes U+FFFD, whatever the fallback.
        Assert.Equal("Caf\uFFFD owners\n\nText.\n", ArticleDecoding.Decode(files["utf-8, byte order mark, a Windows-1252 byte"], EncodedFiles.Windows1252));
        Assert.Equal("Headline\n\nText said Bob.\n\uFFFD", ArticleDecoding.Decode(files["utf-16 LE, byte order mark, odd length"], utf8));
        // Not UTF-8: the fallback. With UTF-8 (Linux, macOS) each bad sequence is one U+FFFD; Windows-1252 reads it all.
        Assert.Equal(article.Replace('é', '\uFFFD').Replace('“', '\uFFFD').Replace('”', '\uFFFD'), ArticleDecoding.Decode(files["windows-1252"], utf8));
        Assert.Equal(article, ArticleDecoding.Decode(files["windows-1252"], EncodedFiles.Windows1252));
        Assert.Equal(article + "\uFFFD", ArticleDecoding.Decode(files["utf-8, cut short at the end"], utf8));
        Assert.Equal("Headline\n\nA \uFFFD\uFFFD\uFFFD b said Bob.\n", ArticleDecoding.Decode(files["utf-8, an encoded surrogate"], utf8));
        // The undefined byte 0x81 of Windows-1252 is read as the control character U+0081.
        Assert.Equal("Headline\n\nCafé \u0081 said Bob Smith, the owner.\n", ArticleDecoding.Decode(files["windows-1252, an undefined byte"], EncodedFiles.Windows1252));
        // NULs: kept in UTF-8 (Newsroom's own check then says NWS003); two in a row after the fallback: no text (CS2015).
        Assert.Equal("Headline\n\nText\0\0 here said Bob.\n", ArticleDecoding.Decode(files["utf-8, two NULs"], utf8));
        Assert.Null(ArticleDecoding.Decode(files["not utf-8, two NULs"], utf8));
        Assert.Null(ArticleDecoding.Decode(files["not utf-8, two NULs"], EncodedFiles.Windows1252));
        // A small file knows no UTF-32 mark: FF FE is UTF-16, so UTF-32 LE reads as text full of NULs, and the UTF-32 BE
        // mark is not UTF-8 and has two NULs: binary.
        Assert.Equal("\0" + string.Concat(article.Select(c => c + "\0")), ArticleDecoding.Decode(files["utf-32 LE, byte order mark"], utf8));
        Assert.Null(ArticleDecoding.Decode(files["utf-32 BE, byte order mark"], utf8));
        // A large file (40 K characters or more) is read by a StreamReader, which knows UTF-32, in chunks of 40 K
        // characters, and two NULs are binary only within one chunk.
        Assert.True(files["utf-32 LE, byte order mark, large"].Length / 4 > ArticleDecoding.LargeTextChars);
        Assert.Equal(EncodedFiles.LargeArticle, ArticleDecoding.Decode(files["utf-32 LE, byte order mark, large"], utf8));
        Assert.Null(ArticleDecoding.Decode(files["not utf-8, large, two NULs in one chunk"], utf8));
        var straddling = ArticleDecoding.Decode(files["not utf-8, large, two NULs across two chunks"], utf8);
        Assert.Equal("\0\0", straddling?.Substring(ArticleDecoding.LargeTextChars - 1, 2));
        Assert.Equal("", ArticleDecoding.Decode(files["empty"], utf8));
    }

    /// <summary>Byte order marks, NULs, and UTF-8 sequences cut short or not allowed.</summary>
    private static readonly byte[][] Marks = [[0, 0], [0], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xFF, 0xFE, 0, 0], [0, 0, 0xFE, 0xFF], [0xE2, 0x80], [0xED, 0xA0, 0x80]];

    private static readonly Gen<byte[]> Piece = Gen.Frequency(
        (4, Gen.String[0, 30].Select(s => Encoding.UTF8.GetBytes(s))),
        (3, Gen.Byte.Array[0, 12]),
        (2, Gen.String[0, 30].Select(s => EncodedFiles.Windows1252.GetBytes(s))),
        (1, Gen.Int[0, Marks.Length - 1].Select(i => Marks[i])));

    private static readonly Gen<byte[]> Small = Piece.Array[0, 12].Select(p => p.SelectMany(b => b).ToArray());

    /// <summary>Around the 40 K characters from which Roslyn reads in chunks, with pieces at both ends.</summary>
    private static readonly Gen<byte[]> Large = Gen.Select(Small, Gen.Int[ArticleDecoding.LargeTextChars - 80, ArticleDecoding.LargeTextChars + 80], Small,
        (head, n, tail) => head.Concat(Enumerable.Repeat((byte)'x', n)).Concat(tail).ToArray());

    [Fact]
    public void Any_bytes_are_decoded_as_the_compiler_decodes_them()
    {
        Gen.Frequency((9, Small), (1, Large)).Sample(
            bytes =>
            {
                Assert.Equal(Roslyn(bytes), ArticleDecoding.Decode(bytes));
                foreach (var fallback in Fallbacks) Assert.Equal(Roslyn(bytes, fallback), ArticleDecoding.Decode(bytes, fallback));
            },
            iter: Math.Min(ArticleFuzz.Iterations, 2_000),
            seed: ArticleFuzz.Seed,
            print: bytes => "[" + string.Join(", ", bytes.Select(b => "0x" + b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture))) + "]",
            writeLine: output.WriteLine);
    }
}
